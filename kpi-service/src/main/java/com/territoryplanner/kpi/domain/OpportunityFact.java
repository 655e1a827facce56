package com.territoryplanner.kpi.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One opportunity as an event states it; {@code deleted} when the source deleted it. The newest
 * fact of an opportunity wins, by {@code occurredAt}.
 */
public record OpportunityFact(
    UUID eventId,
    Instant occurredAt,
    boolean deleted,
    String id,
    String accountId,
    BigDecimal amount,
    String currency,
    LocalDate createdDate,
    LocalDate closeDate,
    boolean closed,
    boolean won)
    implements Fact {}
