package com.territoryplanner.balancing.engine;

import java.util.Map;

/**
 * At most {@code maxShare} of a measure may change territory against the plan in force.
 *
 * @param currentTerritory unit id to its territory index in this problem under the plan in force
 *     (units absent are new, or their rep has no territory here)
 * @param metric the unit graph's metric that is counted (see {@link UnitAdjacency}), or -1 for
 *     units
 */
public record ChangeLimit(Map<String, Integer> currentTerritory, int metric, double maxShare) {

  public ChangeLimit {
    currentTerritory = Map.copyOf(currentTerritory);
  }
}
