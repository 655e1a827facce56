package com.territoryplanner.ingest.domain;

import java.math.BigDecimal;

/**
 * An account as one source describes it, validated; or, under a golden id, the golden account
 * merged from its sources' records. {@code locationSource} says where its coordinates came from:
 * {@link #GIVEN} by the source, {@link #POSTAL_CODE} the centroid of its postal code; null without
 * coordinates. {@code sameAs} is the source's own cross-reference to another source's record.
 */
public record AccountRecord(
    String id,
    String name,
    String postalCode,
    String country,
    Double latitude,
    Double longitude,
    String naics,
    Integer employees,
    BigDecimal annualRevenue,
    String currency,
    String industry,
    String sic,
    String website,
    String ownerId,
    String type,
    String locationSource,
    String sameAs)
    implements Placeable<AccountRecord> {

  public static final String GIVEN = "GIVEN";
  public static final String POSTAL_CODE = "POSTAL_CODE";

  @Override
  public AccountRecord atPostalCode(double lat, double lon) {
    return new AccountRecord(
        id,
        name,
        postalCode,
        country,
        lat,
        lon,
        naics,
        employees,
        annualRevenue,
        currency,
        industry,
        sic,
        website,
        ownerId,
        type,
        POSTAL_CODE,
        sameAs);
  }

  public String webDomain() {
    return MatchKeys.webDomain(website);
  }

  public String nameKey() {
    return MatchKeys.nameKey(name, country, postalCode);
  }
}
