package com.territoryplanner.balancing.engine;

/**
 * How far each territory may stray from its target, as a fraction of it (0.05 for +-5 %): of
 * potential always, of workload (account count) only when {@code workload} is given.
 */
public record BalanceTolerance(double potential, Double workload) {

  public BalanceTolerance {
    check(potential);
    if (workload != null) {
      check(workload);
    }
  }

  public static BalanceTolerance ofPotential(double potential) {
    return new BalanceTolerance(potential, null);
  }

  public boolean balancesWorkload() {
    return workload != null;
  }

  private static void check(double tolerance) {
    if (!(tolerance >= 0 && tolerance < 1)) {
      throw new IllegalArgumentException("Tolerance must be in [0, 1)");
    }
  }
}
