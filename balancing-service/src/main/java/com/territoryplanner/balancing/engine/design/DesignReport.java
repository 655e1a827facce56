package com.territoryplanner.balancing.engine.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a partition measures up, computed from the assignment alone: balance per metric, contiguity,
 * compactness and the widest territory. The definitions match {@code check_partition.py}.
 *
 * @param compactnessKm mean distance of units to their territory's centroid, weighted by the first
 *     metric
 * @param maxDiameterKm the largest distance between two units of one territory
 */
public record DesignReport(
    boolean feasible,
    int territories,
    int emptyTerritories,
    int nonContiguous,
    List<MetricBalance> metrics,
    double compactnessKm,
    double maxDiameterKm) {

  /** The lightest and heaviest territory of one metric, relative to its target. */
  public record MetricBalance(String name, double minRatio, double maxRatio, double tolerance) {
    public boolean withinTolerance() {
      return minRatio >= 1 - tolerance - 1e-12 && maxRatio <= 1 + tolerance + 1e-12;
    }
  }

  public static DesignReport of(UnitGraph graph, DesignSpec spec, int[] territoryOf) {
    int k = spec.territories();
    int n = graph.size();
    int[] size = new int[k];
    for (int u = 0; u < n; u++) {
      size[territoryOf[u]]++;
    }
    int empty = (int) Arrays.stream(size).filter(s -> s == 0).count();
    List<MetricBalance> metrics = new ArrayList<>();
    boolean balanced = true;
    for (MetricGoal goal : spec.goals()) {
      double[] load = new double[k];
      for (int u = 0; u < n; u++) {
        load[territoryOf[u]] += graph.metric(goal.metric(), u);
      }
      double total = graph.metricTotal(goal.metric());
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int t = 0; t < k; t++) {
        double ratio = total > 0 ? load[t] / (total * spec.share(t)) : 1;
        min = Math.min(min, ratio);
        max = Math.max(max, ratio);
      }
      MetricBalance balance =
          new MetricBalance(graph.metricNames().get(goal.metric()), min, max, goal.tolerance());
      balanced &= balance.withinTolerance();
      metrics.add(balance);
    }
    int nonContiguous = nonContiguous(graph, territoryOf, k);
    return new DesignReport(
        balanced && empty == 0 && nonContiguous == 0,
        k,
        empty,
        nonContiguous,
        List.copyOf(metrics),
        compactnessKm(graph, territoryOf, k),
        maxDiameterKm(graph, territoryOf, k));
  }

  private static int nonContiguous(UnitGraph graph, int[] territoryOf, int k) {
    int n = graph.size();
    boolean[] seen = new boolean[n];
    int[] pieces = new int[k];
    int[] queue = new int[n];
    for (int seed = 0; seed < n; seed++) {
      if (seen[seed]) {
        continue;
      }
      int t = territoryOf[seed];
      pieces[t]++;
      seen[seed] = true;
      int tail = 0;
      queue[tail++] = seed;
      for (int head = 0; head < tail; head++) {
        int v = queue[head];
        for (int j = graph.neighbourStart(v); j < graph.neighbourEnd(v); j++) {
          int w = graph.neighbourAt(j);
          if (!seen[w] && territoryOf[w] == t) {
            seen[w] = true;
            queue[tail++] = w;
          }
        }
      }
    }
    return (int) Arrays.stream(pieces).filter(p -> p > 1).count();
  }

  private static double compactnessKm(UnitGraph graph, int[] territoryOf, int k) {
    int n = graph.size();
    double[] weight = new double[n];
    for (int u = 0; u < n; u++) {
      weight[u] = graph.metricCount() == 0 ? 1 : Math.max(0, graph.metric(0, u));
    }
    double[] w = new double[k];
    double[] sx = new double[k];
    double[] sy = new double[k];
    for (int u = 0; u < n; u++) {
      int t = territoryOf[u];
      w[t] += weight[u];
      sx[t] += weight[u] * graph.x(u);
      sy[t] += weight[u] * graph.y(u);
    }
    double distanceSum = 0;
    double weightSum = 0;
    for (int u = 0; u < n; u++) {
      int t = territoryOf[u];
      if (w[t] > 0) {
        distanceSum += weight[u] * Math.hypot(graph.x(u) - sx[t] / w[t], graph.y(u) - sy[t] / w[t]);
        weightSum += weight[u];
      }
    }
    return weightSum > 0 ? distanceSum / weightSum : 0;
  }

  private static double maxDiameterKm(UnitGraph graph, int[] territoryOf, int k) {
    List<List<double[]>> points = new ArrayList<>();
    for (int t = 0; t < k; t++) {
      points.add(new ArrayList<>());
    }
    for (int u = 0; u < graph.size(); u++) {
      points.get(territoryOf[u]).add(new double[] {graph.x(u), graph.y(u)});
    }
    double widest = 0;
    for (List<double[]> territory : points) {
      List<double[]> hull = ConvexHull.of(territory);
      for (int i = 0; i < hull.size(); i++) {
        for (int j = i + 1; j < hull.size(); j++) {
          widest =
              Math.max(
                  widest,
                  Math.hypot(hull.get(i)[0] - hull.get(j)[0], hull.get(i)[1] - hull.get(j)[1]));
        }
      }
    }
    return widest;
  }
}
