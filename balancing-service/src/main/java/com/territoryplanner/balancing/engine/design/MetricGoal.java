package com.territoryplanner.balancing.engine.design;

/**
 * One metric to balance: every territory's total must lie within {@code tolerance} (a fraction,
 * 0.01 for +-1%) of its target, and deviations inside the band still cost {@code weight}.
 */
public record MetricGoal(int metric, double weight, double tolerance) {

  public MetricGoal {
    if (metric < 0) {
      throw new IllegalArgumentException("metric index must not be negative");
    }
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight must be a positive number");
    }
    if (!(tolerance > 0 && tolerance < 1)) {
      throw new IllegalArgumentException("tolerance must lie between 0 and 1 (exclusive)");
    }
  }
}
