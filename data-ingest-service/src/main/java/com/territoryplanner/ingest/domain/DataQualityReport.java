package com.territoryplanner.ingest.domain;

import java.util.Map;

/**
 * The state of the stored accounts (of one source, or all): how complete the key fields are (the
 * share of accounts that have each), how many accounts cannot be placed on a map, how many look
 * like duplicates of another (same normalised name and postal code, or same web domain), and how
 * many were not updated for {@code staleAfterDays}. Opportunities: those whose account is unknown.
 */
public record DataQualityReport(
    String source,
    long accounts,
    Map<String, Double> completeness,
    long withoutLocation,
    long duplicateNameAndPostalCode,
    long duplicateWebDomain,
    int staleAfterDays,
    long stale,
    long opportunities,
    long opportunitiesWithoutKnownAccount) {}
