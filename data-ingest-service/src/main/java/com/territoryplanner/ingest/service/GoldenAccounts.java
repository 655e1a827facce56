package com.territoryplanner.ingest.service;

import com.territoryplanner.ingest.config.ResolutionConfig;
import com.territoryplanner.ingest.domain.AccountBound;
import com.territoryplanner.ingest.domain.AccountLink;
import com.territoryplanner.ingest.domain.AccountMatcher;
import com.territoryplanner.ingest.domain.AccountRecord;
import com.territoryplanner.ingest.domain.GoldenAccount;
import com.territoryplanner.ingest.domain.LinkedRecord;
import com.territoryplanner.ingest.domain.MatchCandidates;
import com.territoryplanner.ingest.domain.Survivorship;
import com.territoryplanner.ingest.messaging.IngestEvents;
import com.territoryplanner.ingest.repository.GoldenAccountRepository;
import com.territoryplanner.ingest.repository.GoldenAccountRepository.WrittenRecords;
import com.territoryplanner.ingest.repository.SourceAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps golden accounts in step with their sources' records, in the caller's transaction, and
 * publishes a golden account when, and only when, its merged fields or its records change. A new
 * record is linked once, when it arrives; later changes to it do not move it (a planner does, by
 * hand), because a golden id that other services plan with must not drift.
 */
@ApplicationScoped
class GoldenAccounts {

  private final GoldenAccountRepository goldens;
  private final SourceAccountRepository records;
  private final IngestEvents events;
  private final Survivorship survivorship;

  GoldenAccounts(
      GoldenAccountRepository goldens,
      SourceAccountRepository records,
      IngestEvents events,
      ResolutionConfig config) {
    this.goldens = goldens;
    this.records = records;
    this.events = events;
    this.survivorship = new Survivorship(config.sourcePriority().orElse(List.of()));
  }

  /**
   * Links the new ones among these just-written records and refreshes their golden accounts;
   * answers the links made.
   */
  List<AccountLink> recordsWritten(String source, List<AccountRecord> written, Instant at) {
    if (written.isEmpty()) {
      return List.of();
    }
    OffsetDateTime time = at.atOffset(ZoneOffset.UTC);
    Map<String, AccountRecord> byId = new HashMap<>();
    written.forEach(record -> byId.put(record.id(), record));
    WrittenRecords linking = goldens.written(source, List.copyOf(byId.keySet()));
    // the golden accounts of the records linked before change with them
    Set<String> changed = new LinkedHashSet<>(linking.linkedGoldens());
    List<MatchCandidates> unlinked = linking.unlinked();
    Set<String> relinked = new LinkedHashSet<>();
    List<GoldenAccount> founded = new ArrayList<>();
    List<AccountLink> links = List.of();
    if (!unlinked.isEmpty()) {
      Set<String> preferred = new LinkedHashSet<>();
      unlinked.forEach(
          candidate ->
              preferred.addAll(AccountMatcher.preferredIds(source, candidate.externalId())));
      links = new AccountMatcher(source, goldens.taken(preferred)).match(unlinked);
      for (AccountLink link : links) {
        if (link.foundsGoldenAccount()) {
          founded.add(founded(source, link, byId.get(link.externalId()), at));
        } else {
          relinked.add(link.goldenId());
        }
      }
      goldens.upsert(founded.stream().map(GoldenAccount::account).toList(), source, time);
      goldens.link(source, links, time);
    }
    changed.addAll(relinked);
    List<GoldenAccount> published = new ArrayList<>(founded);
    published.addAll(refresh(changed, relinked, source, at));
    events.accountsUpserted(published, source, at);
    return links;
  }

  /**
   * Deletes a source's record; its golden account is re-merged from its other records, or deleted
   * (and the deletion published with its last fields) when it had no other. False when there was no
   * such record.
   */
  boolean recordDeleted(String source, String id, Instant at) {
    Optional<LinkedRecord> linked = goldens.record(source, id);
    if (linked.isEmpty()) {
      return false;
    }
    records.delete(source, id);
    String goldenId = linked.get().goldenId();
    goldens.lock(List.of(goldenId));
    events.accountsUpserted(refresh(List.of(goldenId), Set.of(goldenId), source, at), source, at);
    return true;
  }

  /**
   * Re-merges these golden accounts from their records, deleting (and publishing the deletion of)
   * those left without any. Answers the accounts to publish: those whose merged fields changed, and
   * the relinked ones, whose records changed.
   */
  List<GoldenAccount> refresh(
      Collection<String> goldenIds, Set<String> relinked, String source, Instant at) {
    if (goldenIds.isEmpty()) {
      return List.of();
    }
    Map<String, List<LinkedRecord>> records =
        goldens.records(goldenIds).stream().collect(Collectors.groupingBy(LinkedRecord::goldenId));
    List<GoldenAccount> merged = new ArrayList<>();
    for (String goldenId : goldenIds) {
      List<LinkedRecord> linked = records.get(goldenId);
      if (linked != null) {
        merged.add(
            new GoldenAccount(
                survivorship.merge(goldenId, linked), survivorship.inOrderOfTrust(linked)));
      } else {
        goldens
            .find(goldenId)
            .ifPresent(
                last -> {
                  goldens.delete(goldenId);
                  events.accountDeleted(new GoldenAccount(last, List.of()), source, at);
                });
      }
    }
    Map<String, Boolean> written =
        goldens.upsert(
            merged.stream().map(GoldenAccount::account).toList(),
            source,
            at.atOffset(ZoneOffset.UTC));
    return merged.stream()
        .filter(golden -> written.containsKey(golden.id()) || relinked.contains(golden.id()))
        .toList();
  }

  /** A new golden account of one record: its id, and the record's fields as they survive. */
  GoldenAccount founded(String source, AccountLink link, AccountRecord record, Instant at) {
    LinkedRecord linked =
        new LinkedRecord(link.goldenId(), source, link.rule(), link.evidence(), false, at, record);
    return new GoldenAccount(survivorship.merge(link.goldenId(), List.of(linked)), List.of(linked));
  }

  /**
   * The records with their accounts named by golden id; an id with no account stored yet stays as
   * it is (the account may come in a later import).
   */
  <T extends AccountBound<T>> List<T> underGoldenIds(String source, List<T> records) {
    Map<String, String> golden =
        goldens.goldenIds(
            source,
            records.stream()
                .map(AccountBound::accountId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    return records.stream()
        .map(
            record ->
                record.accountId() == null
                    ? record
                    : record.ofAccount(golden.getOrDefault(record.accountId(), record.accountId())))
        .toList();
  }

  /** The golden account with its records, in order of trust. */
  Optional<GoldenAccount> find(String goldenId) {
    List<LinkedRecord> linked = goldens.records(List.of(goldenId));
    return goldens
        .find(goldenId)
        .map(account -> new GoldenAccount(account, survivorship.inOrderOfTrust(linked)));
  }
}
