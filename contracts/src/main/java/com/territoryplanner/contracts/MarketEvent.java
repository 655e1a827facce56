package com.territoryplanner.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code market.v1}: market data was created or changed in ingest. The type says which kind, and so
 * which fields it carries: a firmographic count ({@code country, postalCode, naics, companies,
 * employees, revenue, currency}, and where the postal code is known the centroid's {@code latitude,
 * longitude}), a competitor location ({@code competitor, name, postalCode, country, latitude,
 * longitude}) or an economic indicator ({@code region, indicator, period, value, unit}).
 */
public record MarketEvent(
    UUID eventId,
    String type,
    Instant occurredAt,
    int schemaVersion,
    String marketRecordId,
    String source,
    String country,
    String postalCode,
    String naics,
    Integer companies,
    Long employees,
    BigDecimal revenue,
    String currency,
    String competitor,
    String name,
    Double latitude,
    Double longitude,
    String region,
    String indicator,
    String period,
    BigDecimal value,
    String unit)
    implements DomainEvent {

  public static final String FIRMOGRAPHIC_COUNT = "FirmographicCountUpserted";
  public static final String COMPETITOR_LOCATION = "CompetitorLocationUpserted";
  public static final String ECONOMIC_INDICATOR = "EconomicIndicatorUpserted";
  public static final int SCHEMA_VERSION = 1;

  /**
   * A firmographic count: how many companies of an industry a postal code holds, at the postal
   * code's centroid when known.
   */
  public static MarketEvent firmographicCount(
      Instant at,
      String id,
      String source,
      String country,
      String postalCode,
      String naics,
      Integer companies,
      Long employees,
      BigDecimal revenue,
      String currency,
      Double latitude,
      Double longitude) {
    return new MarketEvent(
        UUID.randomUUID(),
        FIRMOGRAPHIC_COUNT,
        at,
        SCHEMA_VERSION,
        id,
        source,
        country,
        postalCode,
        naics,
        companies,
        employees,
        revenue,
        currency,
        null,
        null,
        latitude,
        longitude,
        null,
        null,
        null,
        null,
        null);
  }

  /** A competitor's location, by coordinates or only by postal code. */
  public static MarketEvent competitorLocation(
      Instant at,
      String id,
      String source,
      String country,
      String postalCode,
      String competitor,
      String name,
      Double latitude,
      Double longitude) {
    return new MarketEvent(
        UUID.randomUUID(),
        COMPETITOR_LOCATION,
        at,
        SCHEMA_VERSION,
        id,
        source,
        country,
        postalCode,
        null,
        null,
        null,
        null,
        null,
        competitor,
        name,
        latitude,
        longitude,
        null,
        null,
        null,
        null,
        null);
  }

  /** A regional economic indicator for one period. */
  public static MarketEvent economicIndicator(
      Instant at,
      String id,
      String source,
      String region,
      String indicator,
      String period,
      BigDecimal value,
      String unit) {
    return new MarketEvent(
        UUID.randomUUID(),
        ECONOMIC_INDICATOR,
        at,
        SCHEMA_VERSION,
        id,
        source,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        region,
        indicator,
        period,
        value,
        unit);
  }

  @Override
  public String aggregateId() {
    return marketRecordId;
  }
}
