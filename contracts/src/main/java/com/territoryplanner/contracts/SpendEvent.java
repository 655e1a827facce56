package com.territoryplanner.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code spend.v1}: marketing spend for a campaign, channel, period and region was created or
 * changed in ingest; customer acquisition cost is computed from these.
 */
public record SpendEvent(
    UUID eventId,
    String type,
    Instant occurredAt,
    int schemaVersion,
    String spendId,
    String source,
    String campaign,
    String channel,
    LocalDate periodStart,
    LocalDate periodEnd,
    BigDecimal amount,
    String currency,
    String country,
    String postalCode)
    implements DomainEvent {

  public static final String UPSERTED = "SpendUpserted";
  public static final int SCHEMA_VERSION = 1;

  @Override
  public String aggregateId() {
    return spendId;
  }
}
