package com.territoryplanner.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code opportunities.v1}: an opportunity was created or changed in ingest. Fields after {@code
 * won} came later in version 1 and may be absent from older events.
 */
public record OpportunityEvent(
    UUID eventId,
    String type,
    Instant occurredAt,
    int schemaVersion,
    String opportunityId,
    String accountId,
    String stage,
    BigDecimal amount,
    String currency,
    LocalDate closeDate,
    boolean closed,
    boolean won,
    LocalDate createdDate,
    String leadSource,
    String ownerId,
    String lossReason)
    implements DomainEvent {

  public static final String UPSERTED = "OpportunityUpserted";

  /** The record was deleted at its source; the event carries its last stored fields. */
  public static final String DELETED = "OpportunityDeleted";

  public static final int SCHEMA_VERSION = 1;

  @Override
  public String aggregateId() {
    return opportunityId;
  }
}
