package com.territoryplanner.balancing.engine.design;

/**
 * How much a new design may differ from the plan in force: at most {@code maxShare} of all units
 * (when {@code metric} is -1) or of a metric's total (revenue, say) may change territory.
 *
 * @param currentTerritory per unit, its territory in the plan in force, or -1 for a new unit
 *     (placing a new unit is not a change)
 */
public record DisruptionBudget(int[] currentTerritory, int metric, double maxShare) {

  public DisruptionBudget {
    if (!(maxShare >= 0 && maxShare <= 1)) {
      throw new IllegalArgumentException("the disruption share must lie between 0 and 1");
    }
    if (metric < -1) {
      throw new IllegalArgumentException("metric is an index, or -1 for unit counts");
    }
    currentTerritory = currentTerritory.clone();
  }

  int current(int unit) {
    return currentTerritory[unit];
  }

  /** How much moving this unit away from its current territory costs. */
  double weight(UnitGraph graph, int unit) {
    return metric < 0 ? 1 : graph.metric(metric, unit);
  }

  /** The disruption weight of all units together. */
  double total(UnitGraph graph) {
    return metric < 0 ? graph.size() : graph.metricTotal(metric);
  }

  double limit(UnitGraph graph) {
    return maxShare * total(graph);
  }
}
