package com.territoryplanner.kpi.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How a year's quota is spread over its months: twelve monthly weights, or four quarterly ones
 * (each month of a quarter weighs the same). Weights are relative: {@code [1, 1, 1, 2]} puts two
 * fifths of the year into the fourth quarter.
 */
public record Seasonality(List<BigDecimal> monthlyWeights) {

  public static final Seasonality FLAT = new Seasonality(Collections.nCopies(12, BigDecimal.ONE));

  public Seasonality {
    monthlyWeights = List.copyOf(monthlyWeights);
    if (monthlyWeights.size() != 12) {
      throw new IllegalArgumentException("needs 12 monthly weights");
    }
    if (monthlyWeights.stream().anyMatch(w -> w.signum() < 0)
        || monthlyWeights.stream().allMatch(w -> w.signum() == 0)) {
      throw new IllegalArgumentException("weights must be non-negative, at least one positive");
    }
  }

  /**
   * From 12 monthly or 4 quarterly weights; none means flat. A fault is an IllegalArgumentException
   * with a reason fit for the caller.
   */
  public static Seasonality of(List<BigDecimal> weights) {
    if (weights == null || weights.isEmpty()) {
      return FLAT;
    }
    if (weights.contains(null)) {
      throw new IllegalArgumentException("weights must be numbers");
    }
    return switch (weights.size()) {
      case 12 -> new Seasonality(weights);
      case 4 -> {
        List<BigDecimal> months = new ArrayList<>(12);
        for (BigDecimal quarter : weights) {
          months.addAll(Collections.nCopies(3, quarter));
        }
        yield new Seasonality(months);
      }
      default ->
          throw new IllegalArgumentException(
              "needs 12 monthly or 4 quarterly weights, not " + weights.size());
    };
  }

  /** The year's amount by month, in cents, adding up to {@code annual} exactly. */
  public List<BigDecimal> split(BigDecimal annual) {
    return Apportionment.split(annual, monthlyWeights);
  }
}
