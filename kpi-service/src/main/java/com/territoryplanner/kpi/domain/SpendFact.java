package com.territoryplanner.kpi.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Sales and marketing spend over a period (a campaign, a channel, a month of salaries). */
public record SpendFact(
    UUID eventId,
    Instant occurredAt,
    boolean deleted,
    String id,
    LocalDate periodStart,
    LocalDate periodEnd,
    BigDecimal amount,
    String currency,
    String channel)
    implements Fact {}
