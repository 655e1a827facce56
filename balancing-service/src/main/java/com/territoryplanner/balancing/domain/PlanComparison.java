package com.territoryplanner.balancing.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Plans side by side, each against the first (the baseline): how balanced, how compact, and how
 * much would change owner in going from the baseline to it.
 */
public record PlanComparison(UUID baseline, List<Entry> plans) {

  /**
   * One plan.
   *
   * @param potentialSpread the largest |territory potential / target - 1|: 0.05 is within +-5%
   * @param workloadSpread the same for workload (accounts), when the plan balances it
   * @param meanTravelKm the territories' mean distance from account to rep home, averaged
   */
  public record Entry(
      UUID planId,
      String name,
      PlanStatus status,
      int territories,
      boolean feasible,
      double potentialSpread,
      Double workloadSpread,
      double compactnessKm,
      double maxDiameterKm,
      double meanTravelKm,
      Disruption disruption) {}

  /**
   * What changes rep going from the baseline to the plan: accounts (and their potential) whose rep
   * differs or that one of the two plans does not place, and units whose rep differs.
   */
  public record Disruption(
      long accounts,
      double accountShare,
      BigDecimal potential,
      double potentialShare,
      long units) {}
}
