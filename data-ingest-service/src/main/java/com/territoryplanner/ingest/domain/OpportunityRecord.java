package com.territoryplanner.ingest.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An opportunity as a CRM export describes it, validated. */
public record OpportunityRecord(
    String id,
    String accountId,
    String stage,
    BigDecimal amount,
    String currency,
    LocalDate closeDate,
    boolean closed,
    boolean won,
    LocalDate createdDate,
    String leadSource,
    String ownerId) {}
