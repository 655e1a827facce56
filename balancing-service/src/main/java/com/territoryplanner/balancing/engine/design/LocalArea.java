package com.territoryplanner.balancing.engine.design;

import java.util.Arrays;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Some territories of a plan (and the units of one freed territory, if any) as a design problem of
 * their own: the subgraph of their units, their specs (shares, home bases, fixed loads and locks as
 * in the plan), and the way back to the plan's numbering. Whatever the local design does, the rest
 * of the plan cannot change.
 */
final class LocalArea {

  /** The plan's index of each local territory. */
  final int[] territories;

  /** The plan's index of each local unit. */
  final int[] units;

  final UnitGraph graph;

  /** Each local unit's local territory now, -1 for the freed territory's units. */
  final int[] current;

  private final DesignSpec planSpec;
  private final int[] localOf;

  /**
   * @param territoryOf every unit's territory in the plan, -1 for a unit in none
   * @param territories the plan's territories that take part
   * @param freed a territory whose units take part without a territory, or -1
   */
  LocalArea(UnitGraph plan, DesignSpec planSpec, int[] territoryOf, int[] territories, int freed) {
    this.planSpec = planSpec;
    this.territories = territories.clone();
    this.localOf = new int[planSpec.territories()];
    Arrays.fill(localOf, -1);
    for (int i = 0; i < territories.length; i++) {
      localOf[territories[i]] = i;
    }
    this.units =
        IntStream.range(0, plan.size())
            .filter(
                u ->
                    territoryOf[u] >= 0
                        && (territoryOf[u] == freed || localOf[territoryOf[u]] >= 0))
            .toArray();
    this.graph = plan.subgraph(units);
    this.current = new int[units.length];
    for (int i = 0; i < units.length; i++) {
      current[i] = territoryOf[units[i]] == freed ? -1 : localOf[territoryOf[units[i]]];
    }
  }

  /** The territories with a unit next to one of {@code territory}'s, ascending. */
  static int[] bordering(UnitGraph graph, int[] territoryOf, int territory) {
    TreeSet<Integer> bordering = new TreeSet<>();
    for (int u = 0; u < graph.size(); u++) {
      for (int i = graph.neighbourStart(u);
          territoryOf[u] == territory && i < graph.neighbourEnd(u);
          i++) {
        int t = territoryOf[graph.neighbourAt(i)];
        if (t >= 0 && t != territory) {
          bordering.add(t);
        }
      }
    }
    return bordering.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The local problem: the plan's goals, each territory's share, home and fixed load, the plan's
   * locks (one to a territory outside the area frees the unit), and at most {@code maxShare} of the
   * local units' weight on {@code metric} (-1: units) away from its current territory.
   */
  DesignSpec spec(int metric, double maxShare) {
    int r = territories.length;
    double[] shares = new double[r];
    double[][] fixedLoad = new double[r][graph.metricCount()];
    for (int i = 0; i < r; i++) {
      shares[i] = planSpec.share(territories[i]);
      for (int m = 0; m < graph.metricCount(); m++) {
        fixedLoad[i][m] = planSpec.fixedLoad(territories[i], m);
      }
    }
    int[] locks = null;
    if (planSpec.lockedTerritory() != null) {
      locks = new int[units.length];
      for (int i = 0; i < units.length; i++) {
        int locked = planSpec.lockedTerritory(units[i]);
        locks[i] = locked < 0 ? -1 : localOf[locked];
      }
    }
    HomeBases homes = null;
    if (planSpec.homes() != null) {
      double[] latitude = new double[r];
      double[] longitude = new double[r];
      for (int i = 0; i < r; i++) {
        latitude[i] = planSpec.homes().latitude()[territories[i]];
        longitude[i] = planSpec.homes().longitude()[territories[i]];
      }
      homes = new HomeBases(latitude, longitude, planSpec.homes().weight());
    }
    return new DesignSpec(
        r,
        planSpec.goals(),
        shares,
        locks,
        new DisruptionBudget(current, metric, Math.min(1, maxShare)),
        homes,
        fixedLoad,
        planSpec.timeLimit(),
        planSpec.seed(),
        planSpec.threads(),
        planSpec.stopRequested());
  }

  /** The plan's assignment with the local design's in place. */
  int[] apply(int[] territoryOf, int[] localTerritoryOf) {
    int[] after = territoryOf.clone();
    for (int i = 0; i < units.length; i++) {
      after[units[i]] = territories[localTerritoryOf[i]];
    }
    return after;
  }
}
