package com.territoryplanner.kpi.domain;

import java.util.Map;
import java.util.UUID;

/**
 * How evenly one metric is spread over a plan's territories.
 *
 * @param mean the territories' mean
 * @param spread the largest |territory - mean| / mean: the measure a plan's tolerance bounds
 * @param variation the coefficient of variation, standard deviation / mean
 * @param furthest the territory furthest from the mean
 * @param within spread at most the tolerance
 */
public record MetricSpread(
    String metric,
    double mean,
    double spread,
    double variation,
    UUID furthest,
    double tolerance,
    boolean within) {

  /** Over the territories' values; all-zero values are perfectly even. */
  public static MetricSpread of(String metric, Map<UUID, Double> values, double tolerance) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no territory to measure " + metric + " over");
    }
    double mean = values.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double squares = 0;
    double largest = -1;
    UUID furthest = null;
    for (Map.Entry<UUID, Double> value : values.entrySet()) {
      double deviation = Math.abs(value.getValue() - mean);
      squares += deviation * deviation;
      if (deviation > largest) {
        largest = deviation;
        furthest = value.getKey();
      }
    }
    if (mean == 0) {
      return new MetricSpread(metric, 0, 0, 0, furthest, tolerance, true);
    }
    double spread = largest / Math.abs(mean);
    double variation = Math.sqrt(squares / values.size()) / Math.abs(mean);
    return new MetricSpread(
        metric, mean, round(spread), round(variation), furthest, tolerance, spread <= tolerance);
  }

  private static double round(double value) {
    return Math.round(value * 1e6) / 1e6;
  }
}
