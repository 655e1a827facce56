package com.territoryplanner.kpi.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A lead; once converted it names the account it became, whose territory it then counts for. */
public record LeadFact(
    UUID eventId,
    Instant occurredAt,
    boolean deleted,
    String id,
    String leadSource,
    LocalDate createdDate,
    boolean converted,
    LocalDate convertedDate,
    String convertedAccountId)
    implements Fact {}
