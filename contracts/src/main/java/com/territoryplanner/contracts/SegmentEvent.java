package com.territoryplanner.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code segments.v1}: an account's potential, size tier or segment changed. Published only on
 * change. {@code potential} is expected annual spend in {@code currency}; {@code segment} is the
 * account's path in the active segmentation model {@code segmentModel} (name@version), both null
 * while no model is active.
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
    String modelVersion,
    String segment,
    String segmentModel)
    implements DomainEvent {

  public static final String CHANGED = "AccountSegmentChanged";
  public static final int SCHEMA_VERSION = 1;

  @Override
  public String aggregateId() {
    return accountId;
  }
}
