package com.territoryplanner.ingest.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Marketing spend over a period (a campaign's cost in one channel and region), validated. The
 * region is optional: a country, and within it a postal code, where the spend was targeted.
 */
public record SpendRecord(
    String id,
    String campaign,
    String channel,
    LocalDate periodStart,
    LocalDate periodEnd,
    BigDecimal amount,
    String currency,
    String country,
    String postalCode) {}
