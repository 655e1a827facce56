package com.territoryplanner.kpi.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A sales activity (call, meeting, email, task) on an account. */
public record ActivityFact(
    UUID eventId,
    Instant occurredAt,
    boolean deleted,
    String id,
    String accountId,
    LocalDate date,
    String activityType,
    Integer durationMinutes)
    implements Fact {}
