package com.territoryplanner.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurvivorshipTest {

  private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant LATER = Instant.parse("2026-02-01T00:00:00Z");

  private final LinkedRecord crm =
      linked("crm", FIRST, record("A", "Acme", null, null, null, "USD", null, "005X"), null);
  private final LinkedRecord erp =
      linked(
          "erp",
          LATER,
          record(
              "E1", "ACME Corporation", 52.5, 13.4, new BigDecimal("900"), "EUR", "acme.com", null),
          AccountRecord.GIVEN);

  @Test
  void eachFieldComesFromTheFirstRecordThatHasItFounderFirst() {
    AccountRecord golden = new Survivorship(List.of()).merge("A", List.of(erp, crm));

    assertThat(golden.id()).isEqualTo("A");
    assertThat(golden.name()).isEqualTo("Acme");
    assertThat(golden.ownerId()).isEqualTo("005X");
    assertThat(golden.website()).isEqualTo("acme.com");
    // an amount travels with its own currency, not with the founder's default
    assertThat(golden.annualRevenue()).isEqualByComparingTo("900");
    assertThat(golden.currency()).isEqualTo("EUR");
    assertThat(golden.latitude()).isEqualTo(52.5);
    assertThat(golden.locationSource()).isEqualTo(AccountRecord.GIVEN);
    assertThat(golden.sameAs()).isNull();
  }

  @Test
  void configuredTrustOutranksLinkOrder() {
    AccountRecord golden = new Survivorship(List.of("erp")).merge("A", List.of(crm, erp));

    assertThat(golden.name()).isEqualTo("ACME Corporation");
    assertThat(golden.ownerId()).isEqualTo("005X");
  }

  @Test
  void givenCoordinatesBeatAPostalCodeCentroidFromAMoreTrustedRecord() {
    LinkedRecord placed =
        linked(
            "crm",
            FIRST,
            record("A", "Acme", 50.0, 10.0, null, "USD", null, null),
            AccountRecord.POSTAL_CODE);

    AccountRecord golden = new Survivorship(List.of()).merge("A", List.of(placed, erp));

    assertThat(golden.latitude()).isEqualTo(52.5);
    assertThat(golden.locationSource()).isEqualTo(AccountRecord.GIVEN);
  }

  private static LinkedRecord linked(
      String source, Instant at, AccountRecord record, String locationSource) {
    AccountRecord located =
        new AccountRecord(
            record.id(),
            record.name(),
            record.postalCode(),
            record.country(),
            record.latitude(),
            record.longitude(),
            record.naics(),
            record.employees(),
            record.annualRevenue(),
            record.currency(),
            record.industry(),
            record.sic(),
            record.website(),
            record.ownerId(),
            record.type(),
            locationSource,
            record.sameAs());
    return new LinkedRecord("A", source, LinkRule.FIRST_RECORD, "", false, at, located);
  }

  private static AccountRecord record(
      String id,
      String name,
      Double lat,
      Double lon,
      BigDecimal revenue,
      String currency,
      String website,
      String owner) {
    return new AccountRecord(
        id, name, null, "DE", lat, lon, null, null, revenue, currency, null, null, website, owner,
        null, null, "crm:A");
  }
}
