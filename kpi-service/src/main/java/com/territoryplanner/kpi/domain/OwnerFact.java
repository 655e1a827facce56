package com.territoryplanner.kpi.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An assignment as an event states it: the territory (and rep) owns the account from {@code
 * effectiveFrom}. For one account and date, the newest fact wins, by {@code occurredAt}.
 */
public record OwnerFact(
    UUID eventId,
    Instant occurredAt,
    String accountId,
    LocalDate effectiveFrom,
    UUID territoryId,
    String territoryName,
    UUID repId,
    UUID planId) {}
