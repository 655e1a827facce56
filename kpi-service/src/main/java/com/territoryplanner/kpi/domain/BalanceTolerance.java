package com.territoryplanner.kpi.domain;

/**
 * How far a plan's territories may drift apart before the plan needs a review: for each balanced
 * metric, the largest deviation of a territory from the mean, as a share of the mean (0.10 is
 * +-10%).
 */
public record BalanceTolerance(double potential, double workload, double attainment) {

  /** Beyond +-1000% a tolerance bounds nothing. */
  public static final double MAX = 10;

  public BalanceTolerance {
    check("potential", potential);
    check("workload", workload);
    check("attainment", attainment);
  }

  private static void check(String metric, double tolerance) {
    if (!(tolerance > 0 && tolerance <= MAX)) {
      throw new IllegalArgumentException(metric + " tolerance must be above 0 and at most " + MAX);
    }
  }
}
