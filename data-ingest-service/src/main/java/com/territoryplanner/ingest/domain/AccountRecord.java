package com.territoryplanner.ingest.domain;

import java.math.BigDecimal;

/** An account as a CRM export describes it, validated. */
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
    String type) {

  /** The same account at these coordinates. */
  public AccountRecord at(double lat, double lon) {
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
        type);
  }
}
