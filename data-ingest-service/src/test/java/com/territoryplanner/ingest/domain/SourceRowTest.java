package com.territoryplanner.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceRowTest {

  @Test
  void aNulCharacterRejectsItsFieldAndIsKeptAsAReplacementCharacter() {
    // PostgreSQL text cannot hold NUL: such a row must be rejected, and its original kept storable
    SourceRow row =
        new SourceRow(
            7,
            Map.of("id", 0, "name", 1),
            List.of("Id", "Name"),
            List.of("A-1", "Acme\u0000Corp"),
            "A-1,Acme\u0000Corp");

    assertThat(row.errors()).containsExactly(new RowError(7, "Name", "contains a NUL character"));
    assertThat(row.original()).isEqualTo("A-1,Acme\uFFFDCorp");
  }

  @Test
  void aReasonQuotingAValueWithNulIsStorable() {
    SourceRow row =
        new SourceRow(1, Map.of("lat", 0), List.of("lat"), List.of("4\u00000"), "4\u00000");

    row.decimalDegrees("lat", 90);

    assertThat(row.errors()).extracting(RowError::reason).allMatch(r -> r.indexOf('\u0000') < 0);
  }

  @Test
  void naicsCodesHaveTwoToSixDigitsNotStartingWithZeroAndSicCodesTwoToFour() {
    assertThat(naicsRejected("5112")).isFalse();
    assertThat(naicsRejected("11")).isFalse();
    assertThat(naicsRejected("541511")).isFalse();
    assertThat(naicsRejected("0511")).isTrue();
    assertThat(naicsRejected("5")).isTrue();
    assertThat(naicsRejected("5415111")).isTrue();
    assertThat(naicsRejected("51x")).isTrue();
    assertThat(naicsRejected("５１１２")).isTrue(); // full-width digits are not ASCII digits

    assertThat(sicRejected("7372")).isFalse();
    assertThat(sicRejected("01")).isFalse();
    assertThat(sicRejected("12345")).isTrue();
    assertThat(sicRejected("7a")).isTrue();
  }

  private static boolean naicsRejected(String value) {
    SourceRow row = new SourceRow(1, Map.of("naics", 0), List.of("naics"), List.of(value), value);
    row.naics("naics");
    return !row.errors().isEmpty();
  }

  private static boolean sicRejected(String value) {
    SourceRow row = new SourceRow(1, Map.of("sic", 0), List.of("sic"), List.of(value), value);
    row.sic("sic");
    return !row.errors().isEmpty();
  }
}
