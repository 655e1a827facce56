package com.territoryplanner.kpi.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * Activities of one group and period: how many, their logged minutes, and how many of each type (a
 * type the source did not give is "unspecified").
 */
public record ActivityTotals(long activities, long minutes, Map<String, Long> byType) {

  public ActivityTotals {
    byType = Map.copyOf(byType);
  }

  public ActivityTotals plus(ActivityTotals other) {
    Map<String, Long> types = new TreeMap<>(byType);
    other.byType.forEach((type, count) -> types.merge(type, count, Long::sum));
    return new ActivityTotals(activities + other.activities, minutes + other.minutes, types);
  }

  /** The types in name order, for a stable answer. */
  @Override
  public Map<String, Long> byType() {
    return new TreeMap<>(byType);
  }
}
