package com.territoryplanner.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code users.v1}: a CRM user (a rep, a manager) was created or changed in ingest. The owner ids
 * of accounts, opportunities and activities name these users.
 */
public record UserEvent(
    UUID eventId,
    String type,
    Instant occurredAt,
    int schemaVersion,
    String userId,
    String source,
    String name,
    String email,
    String role,
    String managerId,
    boolean active,
    String postalCode,
    String country,
    Double latitude,
    Double longitude)
    implements DomainEvent {

  public static final String UPSERTED = "UserUpserted";
  public static final int SCHEMA_VERSION = 1;

  @Override
  public String aggregateId() {
    return userId;
  }
}
