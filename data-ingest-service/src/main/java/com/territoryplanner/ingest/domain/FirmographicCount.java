package com.territoryplanner.ingest.domain;

import java.math.BigDecimal;

/**
 * Market data: how many companies of an industry (a NAICS code or prefix) a postal code holds, with
 * their employees and revenue where the provider gives them. Keyed by country, postal code and
 * NAICS code, as market-data providers deliver it; placed at the postal code's centroid, so that
 * geographic segments get their share of the market.
 */
public record FirmographicCount(
    String country,
    String postalCode,
    String naics,
    int companies,
    Long employees,
    BigDecimal revenue,
    String currency,
    Double latitude,
    Double longitude)
    implements Placeable<FirmographicCount> {

  @Override
  public FirmographicCount atPostalCode(double lat, double lon) {
    return new FirmographicCount(
        country, postalCode, naics, companies, employees, revenue, currency, lat, lon);
  }

  public String key() {
    return country + ":" + postalCode + ":" + naics;
  }
}
