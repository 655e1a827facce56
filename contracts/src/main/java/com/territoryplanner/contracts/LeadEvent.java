package com.territoryplanner.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code leads.v1}: a lead was created or changed in ingest. Lead flow and conversion per source
 * and region are computed from these; a converted lead names the account it became.
 */
public record LeadEvent(
    UUID eventId,
    String type,
    Instant occurredAt,
    int schemaVersion,
    String leadId,
    String source,
    String company,
    String leadSource,
    String status,
    boolean converted,
    String convertedAccountId,
    LocalDate createdDate,
    LocalDate convertedDate,
    String postalCode,
    String country,
    String ownerId,
    Double latitude,
    Double longitude)
    implements DomainEvent {

  public static final String UPSERTED = "LeadUpserted";

  /** The record was deleted at its source; the event carries its last stored fields. */
  public static final String DELETED = "LeadDeleted";

  public static final int SCHEMA_VERSION = 1;

  @Override
  public String aggregateId() {
    return leadId;
  }
}
