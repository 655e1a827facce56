package com.territoryplanner.balancing.engine.design;

import java.time.Duration;

/**
 * The territory of every unit (by unit index), how the design measures up, and how long it took
 * until every territory was within its tolerance (null if never); the rest of the time went into
 * compactness.
 */
public record TerritoryDesign(int[] territoryOf, DesignReport report, Duration balancedAfter) {}
