package com.territoryplanner.ingest.domain;

import java.util.Map;

/**
 * The state of the stored account records (of one source, or all): how complete the key fields are
 * (the share of records that have each), how many cannot be placed on a map, how many look like
 * duplicates of another record of their own source (same normalised name and postal code, or same
 * web domain; across sources such records are linked into one golden account instead), and how many
 * were not updated for {@code staleAfterDays}. Opportunities: those whose account is unknown.
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
