package com.territoryplanner.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountMatcherTest {

  @Test
  void theStrongestEvidenceWins() {
    List<AccountLink> links =
        new AccountMatcher("erp", Set.of())
            .match(
                List.of(
                    candidates("E1", "crm:A", "G-A", "acme.com", Set.of("G-B"), null, Set.of()),
                    candidates(
                        "E2", null, null, "beta.com", Set.of("G-B"), "beta||1", Set.of("G-C")),
                    candidates("E3", null, null, null, Set.of(), "gamma||1", Set.of("G-C"))));

    assertThat(links)
        .extracting(AccountLink::goldenId, AccountLink::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("G-A", LinkRule.SAME_AS),
            org.assertj.core.groups.Tuple.tuple("G-B", LinkRule.WEB_DOMAIN),
            org.assertj.core.groups.Tuple.tuple("G-C", LinkRule.NAME_AND_POSTAL_CODE));
    assertThat(links.get(1).evidence()).isEqualTo("shares its web domain beta.com with G-B");
  }

  @Test
  void anAmbiguousKeyIsPassedOverAndTheEvidenceSaysSo() {
    AccountLink link =
        new AccountMatcher("erp", Set.of())
            .match(
                List.of(
                    candidates(
                        "E1", "crm:gone", null, "acme.com", Set.of("G-A", "G-B"), null, Set.of())))
            .get(0);

    assertThat(link.rule()).isEqualTo(LinkRule.FIRST_RECORD);
    assertThat(link.goldenId()).isEqualTo("E1");
    assertThat(link.evidence())
        .isEqualTo(
            "no unambiguous match: crm:gone (same_as) is not stored;"
                + " web domain acme.com is shared by 2 golden accounts");
  }

  @Test
  void aGoldenAccountTakesOneRecordOfABatch() {
    List<AccountLink> links =
        new AccountMatcher("erp", Set.of())
            .match(
                List.of(
                    candidates("E1", null, null, "acme.com", Set.of("G-A"), null, Set.of()),
                    candidates("E2", null, null, "acme.com", Set.of("G-A"), null, Set.of())));

    assertThat(links.get(0).goldenId()).isEqualTo("G-A");
    assertThat(links.get(1).rule()).isEqualTo(LinkRule.FIRST_RECORD);
    assertThat(links.get(1).evidence()).contains("took another record of this batch");
  }

  @Test
  void aNewAccountTakesTheRecordsIdWhenFreeElseItsSourceAndId() {
    List<AccountLink> links =
        new AccountMatcher("erp", Set.of("E2", "E3", "erp:E3"))
            .match(
                List.of(
                    candidates("E1", null, null, null, Set.of(), null, Set.of()),
                    candidates("E2", null, null, null, Set.of(), null, Set.of()),
                    candidates("E3", null, null, null, Set.of(), null, Set.of())));

    assertThat(links.get(0).goldenId()).isEqualTo("E1");
    assertThat(links.get(1).goldenId()).isEqualTo("erp:E2");
    assertThat(links.get(2).goldenId()).startsWith("erp:E3:").hasSize("erp:E3:".length() + 8);
  }

  private static MatchCandidates candidates(
      String id,
      String sameAs,
      String sameAsGolden,
      String domain,
      Set<String> domainGoldens,
      String nameKey,
      Set<String> nameGoldens) {
    return new MatchCandidates(
        id, sameAs, sameAsGolden, domain, domainGoldens, nameKey, nameGoldens);
  }
}
