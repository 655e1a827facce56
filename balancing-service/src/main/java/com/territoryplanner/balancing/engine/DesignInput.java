package com.territoryplanner.balancing.engine;

import com.territoryplanner.balancing.engine.design.DesignSpec;
import com.territoryplanner.balancing.engine.design.DisruptionBudget;
import com.territoryplanner.balancing.engine.design.HomeBases;
import com.territoryplanner.balancing.engine.design.MetricGoal;
import com.territoryplanner.balancing.engine.design.UnitGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan's units as the territory designer sees them: the located units (in order), their graph,
 * and the spec (potential, and workload when the plan balances it, within the plan's tolerances of
 * each territory's capacity share and within its limits; accounts within their limits even when not
 * balanced; locked units stay put; named accounts already placed count as fixed load). Shared by
 * the solve and by the analysis of a stored solution.
 */
public record DesignInput(List<BasicUnit> located, UnitGraph graph, DesignSpec spec) {

  /**
   * How much a rep's travel from home counts against the territory's own compactness: enough to
   * keep territories around their reps, not so much that they bend out of shape.
   */
  private static final double TRAVEL_WEIGHT = 0.25;

  /** The smallest tolerance the designer is given; a plan may ask for exact balance. */
  private static final double MIN_TOLERANCE = 1e-4;

  public static DesignInput of(TerritoryPlan plan) {
    List<BasicUnit> located = plan.getUnits().stream().filter(BasicUnit::isGeographic).toList();
    List<Territory> territories = plan.getTerritories();
    BalanceTolerance tolerance = plan.getBalanceTolerance();
    TerritoryLimits limits = plan.getLimits();
    List<MetricGoal> goals = new ArrayList<>();
    goals.add(
        goal(
            UnitAdjacency.POTENTIAL,
            tolerance.potential(),
            limits.minPotential(),
            limits.maxPotential()));
    if (tolerance.balancesWorkload()) {
      goals.add(
          goal(
              UnitAdjacency.ACCOUNTS,
              tolerance.workload(),
              limits.minAccounts(),
              limits.maxAccounts()));
    } else if (limits.boundsAccounts()) {
      goals.add(
          MetricGoal.bounded(
              UnitAdjacency.ACCOUNTS, limits.minAccounts(), ceiling(limits.maxAccounts())));
    }
    DesignSpec spec =
        new DesignSpec(
            territories.size(),
            goals,
            territories.stream().mapToDouble(Territory::getCapacity).toArray(),
            locks(located),
            disruption(plan.getChangeLimit(), located),
            new HomeBases(
                territories.stream().mapToDouble(Territory::getHomeLatitude).toArray(),
                territories.stream().mapToDouble(Territory::getHomeLongitude).toArray(),
                TRAVEL_WEIGHT),
            namedLoad(plan),
            plan.getDesignTimeLimit(),
            1,
            Math.min(2, Runtime.getRuntime().availableProcessors()),
            plan::isStopRequested);
    return new DesignInput(located, UnitAdjacency.of(located), spec);
  }

  private static MetricGoal goal(int metric, double tolerance, long floor, long ceiling) {
    return new MetricGoal(metric, 1, Math.max(MIN_TOLERANCE, tolerance), floor, ceiling(ceiling));
  }

  private static double ceiling(long limit) {
    return limit == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : limit;
  }

  /** Per territory, the potential and accounts of the named units placed in it, by metric. */
  private static double[][] namedLoad(TerritoryPlan plan) {
    double[][] load = new double[plan.getTerritories().size()][2];
    for (BasicUnit unit : plan.getUnits()) {
      if (unit.isNamed() && unit.getTerritory() != null) {
        load[unit.getTerritory().getIndex()][UnitAdjacency.POTENTIAL] += unit.getPotential();
        load[unit.getTerritory().getIndex()][UnitAdjacency.ACCOUNTS] += unit.getAccountCount();
      }
    }
    return load;
  }

  private static int[] locks(List<BasicUnit> located) {
    if (located.stream().noneMatch(BasicUnit::isLocked)) {
      return null;
    }
    return located.stream()
        .mapToInt(u -> u.isLocked() ? u.getTerritory().getIndex() : -1)
        .toArray();
  }

  private static DisruptionBudget disruption(ChangeLimit limit, List<BasicUnit> located) {
    if (limit == null) {
      return null;
    }
    int[] current = located.stream().mapToInt(BasicUnit::getCurrentTerritoryIndex).toArray();
    return new DisruptionBudget(current, limit.metric(), limit.maxShare());
  }

  /** Each located unit's territory index; the units must all be placed. */
  public int[] territoryIndexes() {
    return located.stream().mapToInt(u -> u.getTerritory().getIndex()).toArray();
  }
}
