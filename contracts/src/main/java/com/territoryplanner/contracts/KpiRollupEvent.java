package com.territoryplanner.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code kpi-rollups.v1}: a territory's closed-won bookings changed. One rollup per territory and
 * currency; amounts in different currencies are never added together.
 */
public record KpiRollupEvent(
    UUID eventId,
    String type,
    Instant occurredAt,
    int schemaVersion,
    UUID territoryId,
    String territoryName,
    String currency,
    BigDecimal bookings,
    long wonDeals)
    implements DomainEvent {

  public static final String BOOKINGS_ROLLED_UP = "TerritoryBookingsRolledUp";
  public static final int SCHEMA_VERSION = 1;

  @Override
  public String aggregateId() {
    return territoryId.toString();
  }
}
