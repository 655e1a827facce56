package com.territoryplanner.kpi.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An account's segment, for figures by segment, and its potential, for quotas. */
public record SegmentFact(
    UUID eventId,
    Instant occurredAt,
    String accountId,
    String segment,
    BigDecimal potential,
    String potentialCurrency) {}
