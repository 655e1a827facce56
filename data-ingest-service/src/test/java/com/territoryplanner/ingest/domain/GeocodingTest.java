package com.territoryplanner.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeocodingTest {

  private static final PostalCodeRecord CAMBRIDGE =
      new PostalCodeRecord("US", "02139", 42.36, -71.10, "Cambridge");
  private static final PostalCodeRecord BERLIN =
      new PostalCodeRecord("DE", "10115", 52.53, 13.38, "Berlin");
  private static final PostalCodeRecord MUNICH_AS_US =
      new PostalCodeRecord("US", "80331", 40.0, -105.0, null);
  private static final PostalCodeRecord MUNICH =
      new PostalCodeRecord("DE", "80331", 48.14, 11.57, "Munich");

  @Test
  void placesAccountsWithoutCoordinatesAtTheirPostalCode() {
    Geocoding geocoding = new Geocoding();
    List<AccountRecord> accounts =
        List.of(
            account("a", "2139", "US", null), // a spreadsheet dropped the leading zero
            account("b", "02139-4307", "US", null), // ZIP+4
            account("c", "10115", null, null), // no country, one country has the code
            account("d", "80331", null, null), // no country, two countries have it
            account("e", "99999", "US", null), // not in the reference
            account("f", null, "US", null), // no postal code
            account("g", "02139", "US", 1.0)); // has coordinates: left alone

    assertThat(Geocoding.postalCodesToLookUp(accounts))
        .containsExactlyInAnyOrder("02139", "10115", "80331", "99999");
    List<AccountRecord> placed =
        geocoding.place(
            accounts,
            Map.of(
                "02139", List.of(CAMBRIDGE),
                "10115", List.of(BERLIN),
                "80331", List.of(MUNICH_AS_US, MUNICH)));

    assertThat(placed)
        .extracting(AccountRecord::id, AccountRecord::latitude, AccountRecord::locationSource)
        .containsExactly(
            tuple("a", 42.36, AccountRecord.POSTAL_CODE),
            tuple("b", 42.36, AccountRecord.POSTAL_CODE),
            tuple("c", 52.53, AccountRecord.POSTAL_CODE),
            tuple("d", null, null),
            tuple("e", null, null),
            tuple("f", null, null),
            tuple("g", 1.0, AccountRecord.GIVEN));
    assertThat(geocoding.geocoded()).isEqualTo(3);
    assertThat(geocoding.notGeocoded()).isEqualTo(3);
  }

  private static AccountRecord account(String id, String postal, String country, Double lat) {
    return new AccountRecord(
        id,
        id,
        postal,
        country,
        lat,
        lat,
        null,
        null,
        null,
        "USD",
        null,
        null,
        null,
        null,
        null,
        lat == null ? null : AccountRecord.GIVEN,
        null);
  }
}
