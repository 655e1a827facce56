package com.territoryplanner.balancing.engine.design;

import java.util.Arrays;

/**
 * The starting partition: split the units across their principal axis where the combined metric
 * weight reaches the left half's share of territories, and recurse. Cheap (n log n per level),
 * compact and close to balanced; pieces that are not connected in the graph are left to {@link
 * ContiguityRepair}.
 */
final class RecursiveBisection {

  private final UnitGraph graph;
  private final DesignSpec spec;
  private final double[] weight;
  private final int[] territoryOf;

  private RecursiveBisection(UnitGraph graph, DesignSpec spec) {
    this.graph = graph;
    this.spec = spec;
    this.weight = combinedWeights(graph, spec);
    this.territoryOf = new int[graph.size()];
  }

  static int[] partition(UnitGraph graph, DesignSpec spec) {
    RecursiveBisection bisection = new RecursiveBisection(graph, spec);
    int[] all = new int[graph.size()];
    Arrays.setAll(all, u -> u);
    bisection.split(all, 0, spec.territories());
    return bisection.territoryOf;
  }

  /** Each unit's share of every balanced metric, averaged by goal weight. */
  static double[] combinedWeights(UnitGraph graph, DesignSpec spec) {
    double[] combined = new double[graph.size()];
    double weightSum = 0;
    for (MetricGoal goal : spec.goals()) {
      weightSum += goal.weight();
    }
    for (MetricGoal goal : spec.goals()) {
      double total = graph.metricTotal(goal.metric());
      if (total <= 0) {
        continue;
      }
      double scale = goal.weight() / weightSum / total;
      for (int u = 0; u < combined.length; u++) {
        combined[u] += graph.metric(goal.metric(), u) * scale;
      }
    }
    return combined;
  }

  /** Assigns units to territories first .. first + count - 1. */
  private void split(int[] units, int first, int count) {
    if (count == 1 || units.length <= 1) {
      for (int u : units) {
        territoryOf[u] = first;
      }
      return;
    }
    int leftCount = count / 2;
    double leftShare = 0;
    double share = 0;
    for (int t = first; t < first + count; t++) {
      share += spec.share(t);
      if (t < first + leftCount) {
        leftShare += spec.share(t);
      }
    }
    int[] order = alongPrincipalAxis(units);
    double total = 0;
    for (int u : order) {
      total += weight[u];
    }
    double wanted = total * leftShare / share;
    int cut = 0;
    double running = 0;
    while (cut < order.length && running + weight[order[cut]] / 2 < wanted) {
      running += weight[order[cut]];
      cut++;
    }
    // Every territory needs at least one unit when there are enough units.
    cut =
        Math.max(
            Math.min(leftCount, order.length), Math.min(cut, order.length - (count - leftCount)));
    split(Arrays.copyOfRange(order, 0, cut), first, leftCount);
    split(Arrays.copyOfRange(order, cut, order.length), first + leftCount, count - leftCount);
  }

  /** The units sorted along the direction in which they spread most. */
  private int[] alongPrincipalAxis(int[] units) {
    double mx = 0;
    double my = 0;
    for (int u : units) {
      mx += graph.x(u);
      my += graph.y(u);
    }
    mx /= units.length;
    my /= units.length;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    for (int u : units) {
      double dx = graph.x(u) - mx;
      double dy = graph.y(u) - my;
      sxx += dx * dx;
      syy += dy * dy;
      sxy += dx * dy;
    }
    double angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    long[] keyed = new long[units.length];
    for (int i = 0; i < units.length; i++) {
      int u = units[i];
      float along = (float) (graph.x(u) * cos + graph.y(u) * sin);
      keyed[i] = ((long) sortableBits(along) << 32) | (u & 0xffffffffL);
    }
    Arrays.sort(keyed);
    int[] order = new int[units.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = (int) keyed[i];
    }
    return order;
  }

  /** Float bits whose signed order matches the floats' order. */
  private static int sortableBits(float value) {
    int bits = Float.floatToIntBits(value);
    return bits ^ ((bits >> 31) & 0x7fffffff);
  }
}
