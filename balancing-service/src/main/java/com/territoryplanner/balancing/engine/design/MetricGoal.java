package com.territoryplanner.balancing.engine.design;

/**
 * One metric to hold: every territory's total must lie within {@code tolerance} (a fraction, 0.01
 * for +-1%) of its target, and deviations inside the band still cost {@code weight}; whatever the
 * target, every territory's total must also lie between {@code floor} and {@code ceiling}. A goal
 * of weight 0 only bounds the metric (see {@link #bounded}); its tolerance is infinite.
 */
public record MetricGoal(
    int metric, double weight, double tolerance, double floor, double ceiling) {

  public MetricGoal {
    if (metric < 0) {
      throw new IllegalArgumentException("metric index must not be negative");
    }
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight must be a number, 0 or more");
    }
    if (weight > 0 && !(tolerance > 0 && tolerance < 1)) {
      throw new IllegalArgumentException("tolerance must lie between 0 and 1 (exclusive)");
    }
    if (weight == 0 && tolerance != Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("a goal that only bounds a metric has no tolerance");
    }
    if (!(floor >= 0 && ceiling >= floor)) {
      throw new IllegalArgumentException("the floor must be 0 or more and the ceiling no lower");
    }
  }

  /** Balanced within {@code tolerance}, without absolute bounds. */
  public MetricGoal(int metric, double weight, double tolerance) {
    this(metric, weight, tolerance, 0, Double.POSITIVE_INFINITY);
  }

  /** Not balanced, only held between {@code floor} and {@code ceiling} in every territory. */
  public static MetricGoal bounded(int metric, double floor, double ceiling) {
    return new MetricGoal(metric, 0, Double.POSITIVE_INFINITY, floor, ceiling);
  }

  public boolean balanced() {
    return weight > 0;
  }

  public boolean hasBounds() {
    return floor > 0 || ceiling < Double.POSITIVE_INFINITY;
  }
}
