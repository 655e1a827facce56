package com.territoryplanner.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code segments.v1}: an account's potential or size tier changed. Published only on change.
 * {@code potential} is expected annual spend in {@code currency}.
 */
public record SegmentEvent(
    UUID eventId,
    String type,
    Instant occurredAt,
    int schemaVersion,
    String accountId,
    BigDecimal potential,
    String currency,
    String sizeTier,
    String modelVersion)
    implements DomainEvent {

  public static final String CHANGED = "AccountSegmentChanged";
  public static final int SCHEMA_VERSION = 1;

  @Override
  public String aggregateId() {
    return accountId;
  }
}
