package com.territoryplanner.balancing.engine.design;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Hands the units of a territory whose rep left to the territories that border it and changes no
 * other territory. The receivers grow into the vacated area from their shared borders, always the
 * one furthest below its share first; the boundary search then balances them among themselves and
 * compacts them. A receiver's target is its share of everything the receivers and the vacated
 * territory carry together: the plan's other territories keep their load, so the receivers share
 * the vacancy evenly rather than meeting the plan-wide mean, which only a redesign of the whole
 * plan could.
 */
public final class VacancyHandover {

  /**
   * The outcome.
   *
   * @param territoryOf every unit's territory afterwards (the vacated one no longer appears; a unit
   *     that was in no territory stays -1)
   * @param receivers the territories that border the vacated one, ascending
   * @param local the receivers' design: its territory {@code i} is {@code receivers[i]}, its report
   *     measures each receiver against its share of the receivers' total
   */
  public record Handover(int[] territoryOf, int[] receivers, TerritoryDesign local) {}

  private VacancyHandover() {}

  /**
   * @param spec the plan's spec (goals, shares, homes, locks, fixed loads, time limit); its own
   *     disruption budget does not apply
   * @param territoryOf every unit's territory now, -1 for a unit in none
   * @param vacant the territory whose rep left
   * @param tradeShare the share of the receivers' own units that may change hands between them when
   *     the vacated units alone cannot balance them (a second search, as long as the first); 0
   *     moves only vacated units
   */
  public static Handover handOver(
      UnitGraph graph, DesignSpec spec, int[] territoryOf, int vacant, double tradeShare) {
    if (territoryOf.length != graph.size()) {
      throw new IllegalArgumentException("a territory (or -1) is needed for every unit");
    }
    if (vacant < 0 || vacant >= spec.territories()) {
      throw new IllegalArgumentException("no territory " + vacant);
    }
    int[] receivers = LocalArea.bordering(graph, territoryOf, vacant);
    if (receivers.length == 0) {
      throw new IllegalArgumentException(
          "territory " + vacant + " borders no other territory that could take its units");
    }
    LocalArea area = new LocalArea(graph, spec, territoryOf, receivers, vacant);
    // Only vacated units move, unless that cannot balance the receivers and trades are allowed.
    TerritoryDesign design = null;
    for (double share : tradeShare > 0 ? new double[] {0, tradeShare} : new double[] {0}) {
      DesignSpec local = area.spec(-1, share);
      design = TerritoryDesigner.refine(area.graph, local, grow(area.graph, local, area.current));
      if (design.report().feasible()) {
        break;
      }
    }
    int[] after = area.apply(territoryOf, design.territoryOf());
    return new Handover(after, receivers, design);
  }

  /**
   * A connected start: each receiver keeps its units and takes the vacated units next to it, one at
   * a time, the receiver furthest below its target on the first balanced metric first, so that the
   * area is split roughly in balance along the shared borders.
   */
  private static int[] grow(UnitGraph area, DesignSpec spec, int[] current) {
    int r = spec.territories();
    int metric =
        spec.goals().stream().filter(MetricGoal::balanced).findFirst().orElseThrow().metric();
    int[] territoryOf = current.clone();
    double[] load = new double[r];
    for (int t = 0; t < r; t++) {
      load[t] = spec.fixedLoad(t, metric);
    }
    @SuppressWarnings("unchecked")
    ArrayDeque<Integer>[] frontier = new ArrayDeque[r];
    Arrays.setAll(frontier, t -> new ArrayDeque<>());
    int open = 0;
    for (int u = 0; u < area.size(); u++) {
      if (territoryOf[u] >= 0) {
        load[territoryOf[u]] += area.metric(metric, u);
      } else {
        open++;
      }
    }
    for (int u = 0; u < area.size(); u++) {
      if (territoryOf[u] < 0) {
        continue;
      }
      for (int i = area.neighbourStart(u); i < area.neighbourEnd(u); i++) {
        if (territoryOf[area.neighbourAt(i)] < 0) {
          frontier[territoryOf[u]].add(area.neighbourAt(i));
        }
      }
    }
    while (open > 0) {
      int taker = -1;
      for (int t = 0; t < r; t++) {
        while (!frontier[t].isEmpty() && territoryOf[frontier[t].peek()] >= 0) {
          frontier[t].poll();
        }
        if (!frontier[t].isEmpty()
            && (taker < 0 || load[t] / spec.share(t) < load[taker] / spec.share(taker))) {
          taker = t;
        }
      }
      if (taker < 0) {
        break;
      }
      int u = frontier[taker].poll();
      territoryOf[u] = taker;
      load[taker] += area.metric(metric, u);
      open--;
      for (int i = area.neighbourStart(u); i < area.neighbourEnd(u); i++) {
        if (territoryOf[area.neighbourAt(i)] < 0) {
          frontier[taker].add(area.neighbourAt(i));
        }
      }
    }
    if (open > 0) {
      placeUnreached(area, territoryOf, r);
    }
    return territoryOf;
  }

  /**
   * Vacated units that touch no receiver, not even through other vacated units (the graph is in
   * pieces), go to the receiver whose centre is nearest.
   */
  private static void placeUnreached(UnitGraph area, int[] territoryOf, int r) {
    double[] sumX = new double[r];
    double[] sumY = new double[r];
    int[] count = new int[r];
    for (int u = 0; u < area.size(); u++) {
      int t = territoryOf[u];
      if (t >= 0) {
        sumX[t] += area.x(u);
        sumY[t] += area.y(u);
        count[t]++;
      }
    }
    for (int u = 0; u < area.size(); u++) {
      if (territoryOf[u] >= 0) {
        continue;
      }
      int nearest = 0;
      double best = Double.POSITIVE_INFINITY;
      for (int t = 0; t < r; t++) {
        double d = Math.hypot(area.x(u) - sumX[t] / count[t], area.y(u) - sumY[t] / count[t]);
        if (d < best) {
          best = d;
          nearest = t;
        }
      }
      territoryOf[u] = nearest;
    }
  }
}
