package com.territoryplanner.ingest.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Links the new records of one source to golden accounts, strongest evidence first: the record's
 * own cross-reference (same_as), then a web domain, then name with country and postal code. A key
 * shared by several golden accounts proves nothing and is passed over, and the evidence says so. A
 * record that matches nothing founds a golden account, which takes the record's own id when free,
 * so that a company planning from one CRM sees its CRM's ids everywhere.
 */
public final class AccountMatcher {

  private final String source;
  private final Set<String> takenIds;
  private final Set<String> linkedInBatch = new HashSet<>();

  /**
   * @param takenIds the golden ids in use among those the batch's records would take: each record's
   *     id and its {@code source:id}
   */
  public AccountMatcher(String source, Set<String> takenIds) {
    this.source = source;
    this.takenIds = new HashSet<>(takenIds);
  }

  /** The golden ids a record would take, in order of preference, before the random fallback. */
  public static List<String> preferredIds(String source, String externalId) {
    return List.of(externalId, source + ":" + externalId);
  }

  public List<AccountLink> match(List<MatchCandidates> batch) {
    List<AccountLink> links = new ArrayList<>(batch.size());
    for (MatchCandidates record : batch) {
      links.add(match(record));
    }
    return links;
  }

  private AccountLink match(MatchCandidates record) {
    String id = record.externalId();
    if (record.sameAsGolden() != null) {
      linkedInBatch.add(record.sameAsGolden());
      return new AccountLink(
          id, record.sameAsGolden(), LinkRule.SAME_AS, "names " + record.sameAs() + " as itself");
    }
    List<String> passedOver = new ArrayList<>();
    if (record.sameAs() != null) {
      passedOver.add(record.sameAs() + " (same_as) is not stored");
    }
    AccountLink byDomain =
        byKey(
            id,
            LinkRule.WEB_DOMAIN,
            "web domain " + record.webDomain(),
            record.domainGoldens(),
            passedOver);
    if (byDomain != null) {
      return byDomain;
    }
    AccountLink byName =
        byKey(
            id,
            LinkRule.NAME_AND_POSTAL_CODE,
            "name, country and postal code " + record.nameKey(),
            record.nameGoldens(),
            passedOver);
    if (byName != null) {
      return byName;
    }
    String evidence =
        passedOver.isEmpty()
            ? "no golden account shares its same_as, web domain or name and postal code"
            : "no unambiguous match: " + String.join("; ", passedOver);
    return new AccountLink(id, newGoldenId(id), LinkRule.FIRST_RECORD, evidence);
  }

  private AccountLink byKey(
      String id, LinkRule rule, String key, Set<String> goldens, List<String> passedOver) {
    Set<String> open = new HashSet<>(goldens);
    // one golden account takes one record of this source, also within a batch
    open.removeAll(linkedInBatch);
    if (open.size() == 1) {
      String golden = open.iterator().next();
      linkedInBatch.add(golden);
      return new AccountLink(id, golden, rule, "shares its " + key + " with " + golden);
    }
    if (open.size() > 1) {
      passedOver.add(key + " is shared by " + open.size() + " golden accounts");
    } else if (!goldens.isEmpty()) {
      passedOver.add(key + " matches a golden account that took another record of this batch");
    }
    return null;
  }

  /** A free golden id for a record that founds an account of its own. */
  public String newGoldenId(String externalId) {
    for (String id : preferredIds(source, externalId)) {
      if (takenIds.add(id)) {
        return id;
      }
    }
    // both taken: the record's id by another company, and its source:id by an older golden account
    String id = source + ":" + externalId + ":" + UUID.randomUUID().toString().substring(0, 8);
    takenIds.add(id);
    return id;
  }
}
