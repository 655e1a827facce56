package com.territoryplanner.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** {@code activities.v1}: a CRM activity on an account was created or changed in ingest. */
public record ActivityEvent(
    UUID eventId,
    String type,
    Instant occurredAt,
    int schemaVersion,
    String activityId,
    String accountId,
    String source,
    String activityType,
    LocalDate date,
    String ownerId,
    Integer durationMinutes,
    String subject)
    implements DomainEvent {

  public static final String UPSERTED = "ActivityUpserted";

  /** The record was deleted at its source; the event carries its last stored fields. */
  public static final String DELETED = "ActivityDeleted";

  public static final int SCHEMA_VERSION = 1;

  @Override
  public String aggregateId() {
    return activityId;
  }
}
