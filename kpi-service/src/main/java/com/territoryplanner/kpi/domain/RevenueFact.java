package com.territoryplanner.kpi.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A revenue line (ERP) as its latest event states it; a credit note has a negative amount. */
public record RevenueFact(
    UUID eventId,
    Instant occurredAt,
    boolean deleted,
    String id,
    String accountId,
    LocalDate date,
    String productLine,
    BigDecimal amount,
    BigDecimal margin,
    String currency)
    implements Fact {}
