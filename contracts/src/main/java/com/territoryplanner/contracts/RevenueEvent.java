package com.territoryplanner.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code revenue.v1}: an ERP revenue line (an invoice line) was created or changed in ingest.
 * Trailing revenue, margin and product penetration per account are computed from these.
 */
public record RevenueEvent(
    UUID eventId,
    String type,
    Instant occurredAt,
    int schemaVersion,
    String revenueLineId,
    String accountId,
    String source,
    LocalDate date,
    String productLine,
    BigDecimal amount,
    BigDecimal cost,
    BigDecimal margin,
    String currency)
    implements DomainEvent {

  public static final String UPSERTED = "RevenueLineUpserted";

  /** The record was deleted at its source; the event carries its last stored fields. */
  public static final String DELETED = "RevenueLineDeleted";

  public static final int SCHEMA_VERSION = 1;

  @Override
  public String aggregateId() {
    return revenueLineId;
  }
}
