package com.territoryplanner.balancing.engine.design;

import java.util.List;

/**
 * Why a unit sits in its territory: for every neighbouring territory it could move to, what the
 * move would do, in words a planner can check.
 *
 * @param locked whether the unit is locked to its territory
 * @param distanceKm distance from the unit to its territory's centroid
 */
public record UnitExplanation(
    String unitId,
    int territory,
    boolean locked,
    double distanceKm,
    List<Alternative> alternatives) {

  /**
   * Moving the unit to {@code territory}: the balanced metrics of the territory it leaves and of
   * the one it joins afterwards (relative to target, in goal order), whether the territory it
   * leaves would fall apart, the distance to the other territory's centroid, and the verdict.
   */
  public record Alternative(
      int territory,
      List<Double> leavingRatiosAfter,
      List<Double> joiningRatiosAfter,
      boolean splitsItsTerritory,
      double distanceKm,
      List<String> reasons) {

    /** No hard rule forbids the move; it would only make the plan worse by the reasons given. */
    public boolean allowed() {
      return reasons.stream().noneMatch(r -> r.startsWith("would break"));
    }
  }
}
