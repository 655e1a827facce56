package com.territoryplanner.ingest.domain;

import java.util.Map;

/**
 * The data quality of the accounts one import accepted: the share that has each key field, how many
 * cannot be placed on a map even after geocoding, and how many new records were linked to an
 * existing golden account, by rule (FIRST_RECORD: founded one of their own).
 */
public record AccountQuality(
    Map<String, Double> completeness, long withoutLocation, Map<String, Long> linkedBy) {}
