package com.territoryplanner.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** {@code assignments.v1}: an account's owner in the active plan changed (plan activation). */
public record AssignmentEvent(
    UUID eventId,
    String type,
    Instant occurredAt,
    int schemaVersion,
    String accountId,
    UUID planId,
    UUID territoryId,
    String territoryName,
    UUID repId,
    String repName,
    LocalDate effectiveFrom)
    implements DomainEvent {

  public static final String ACCOUNT_ASSIGNED = "AccountAssigned";
  public static final int SCHEMA_VERSION = 1;

  @Override
  public String aggregateId() {
    return accountId;
  }
}
