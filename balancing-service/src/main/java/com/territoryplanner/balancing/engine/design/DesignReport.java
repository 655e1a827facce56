package com.territoryplanner.balancing.engine.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a partition measures up, computed from the assignment alone: balance per metric, contiguity,
 * compactness and the widest territory, overall and per territory with findings a planner can read.
 * The overall definitions match {@code check_partition.py}.
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
    double maxDiameterKm,
    List<TerritoryFigures> perTerritory) {

  /** A territory within this share of its tolerance from a band edge counts as strained. */
  static final double STRAIN_MARGIN = 0.2;

  /** The lightest and heaviest territory of one metric, relative to its target. */
  public record MetricBalance(String name, double minRatio, double maxRatio, double tolerance) {}

  /**
   * One territory: its units, connected pieces, each balanced metric relative to its target (in
   * goal order), weighted mean distance to its centroid, diameter, and what it breaks or strains.
   */
  public record TerritoryFigures(
      int territory,
      int units,
      int pieces,
      List<Double> ratios,
      double meanDistanceKm,
      double diameterKm,
      List<String> findings) {

    public boolean breaksAConstraint() {
      return findings.stream().anyMatch(f -> f.startsWith("breaks"));
    }
  }

  public static DesignReport of(UnitGraph graph, DesignSpec spec, int[] territoryOf) {
    int k = spec.territories();
    Shapes shapes = Shapes.of(graph, territoryOf, k);
    double[][] ratios = new double[k][spec.goals().size()];
    // the heaviest unit of each territory and goal, relative to the territory's target
    double[][] heaviestRatio = new double[k][spec.goals().size()];
    int[][] heaviestUnit = new int[k][spec.goals().size()];
    List<MetricBalance> metrics = new ArrayList<>();
    for (int g = 0; g < spec.goals().size(); g++) {
      MetricGoal goal = spec.goals().get(g);
      double[] load = new double[k];
      double[] target = new double[k];
      for (int t = 0; t < k; t++) {
        load[t] = spec.fixedLoad(t, goal.metric());
        target[t] = spec.target(graph, t, goal.metric());
      }
      for (int u = 0; u < graph.size(); u++) {
        int t = territoryOf[u];
        double value = graph.metric(goal.metric(), u);
        load[t] += value;
        double unitRatio = target[t] > 0 ? value / target[t] : 0;
        if (unitRatio > heaviestRatio[t][g]) {
          heaviestRatio[t][g] = unitRatio;
          heaviestUnit[t][g] = u;
        }
      }
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int t = 0; t < k; t++) {
        ratios[t][g] = target[t] > 0 ? load[t] / target[t] : 1;
        min = Math.min(min, ratios[t][g]);
        max = Math.max(max, ratios[t][g]);
      }
      metrics.add(
          new MetricBalance(graph.metricNames().get(goal.metric()), min, max, goal.tolerance()));
    }
    Bands bands = Bands.of(graph, spec, 1);
    List<TerritoryFigures> perTerritory = new ArrayList<>();
    int empty = 0;
    int nonContiguous = 0;
    boolean balanced = true;
    for (int t = 0; t < k; t++) {
      empty += shapes.size[t] == 0 ? 1 : 0;
      nonContiguous += shapes.pieces[t] > 1 ? 1 : 0;
      for (int g = 0; g < spec.goals().size(); g++) {
        balanced &= bands.excess(t, g, ratios[t][g] - 1) <= 1e-12;
      }
      perTerritory.add(
          figures(graph, spec, bands, t, shapes, ratios[t], heaviestRatio[t], heaviestUnit[t]));
    }
    return new DesignReport(
        balanced && empty == 0 && nonContiguous == 0,
        k,
        empty,
        nonContiguous,
        List.copyOf(metrics),
        shapes.weightSum > 0 ? shapes.distanceSum / shapes.weightSum : 0,
        Arrays.stream(shapes.diameter).max().orElse(0),
        List.copyOf(perTerritory));
  }

  private static TerritoryFigures figures(
      UnitGraph graph,
      DesignSpec spec,
      Bands bands,
      int t,
      Shapes shapes,
      double[] ratios,
      double[] heaviestRatio,
      int[] heaviestUnit) {
    List<String> findings = new ArrayList<>();
    if (shapes.size[t] == 0) {
      findings.add("breaks: no units");
    } else if (shapes.pieces[t] > 1) {
      findings.add("breaks contiguity: " + shapes.pieces[t] + " separate pieces");
    }
    List<Double> ratioList = new ArrayList<>();
    for (int g = 0; g < ratios.length; g++) {
      MetricGoal goal = spec.goals().get(g);
      String name = graph.metricNames().get(goal.metric());
      double deviation = ratios[g] - 1;
      double outside = bands.excess(t, g, deviation);
      boolean above = bands.upperSide(t, g, deviation);
      boolean absolute = bands.absoluteEdge(t, g, deviation);
      ratioList.add(ratios[g]);
      if (outside > 1e-12 && absolute) {
        double target = spec.target(graph, t, goal.metric());
        findings.add(
            String.format(
                Locale.ROOT,
                "breaks %s limit: %.0f, %.0f %s the %s of %.0f",
                name,
                ratios[g] * target,
                outside * target,
                above ? "above" : "below",
                above ? "maximum" : "minimum",
                above ? goal.ceiling() : goal.floor()));
      } else if (outside > 1e-12) {
        findings.add(
            String.format(
                Locale.ROOT,
                "breaks %s balance: %.3f of target, %.1f points %s the %s%.1f%% band",
                name,
                ratios[g],
                outside * 100,
                above ? "above" : "below",
                above ? "+" : "-",
                goal.tolerance() * 100));
      } else if (!absolute && bands.strained(t, g, deviation, STRAIN_MARGIN)) {
        findings.add(
            String.format(
                Locale.ROOT,
                "strains %s balance: %.3f of target, %.1f points inside the %s%.1f%% band",
                name,
                ratios[g],
                (goal.tolerance() - Math.abs(deviation)) * 100,
                above ? "+" : "-",
                goal.tolerance() * 100));
      }
      double heaviestDeviation = heaviestRatio[g] - 1;
      if (outside > 1e-12
          && above
          && bands.upperSide(t, g, heaviestDeviation)
          && bands.excess(t, g, heaviestDeviation) > 1e-12) {
        findings.add(
            String.format(
                Locale.ROOT,
                "cannot be fixed by redrawing: unit %s alone holds %.3f of the target",
                graph.id(heaviestUnit[g]),
                heaviestRatio[g]));
      }
    }
    double meanDistance = shapes.weight[t] > 0 ? shapes.distance[t] / shapes.weight[t] : 0;
    return new TerritoryFigures(
        t,
        shapes.size[t],
        shapes.pieces[t],
        List.copyOf(ratioList),
        meanDistance,
        shapes.diameter[t],
        List.copyOf(findings));
  }

  /** Per territory: size, connected pieces, weighted distances to the centroid, diameter. */
  private static final class Shapes {
    int[] size;
    int[] pieces;
    double[] weight;
    double[] distance;
    double[] diameter;
    double distanceSum;
    double weightSum;

    static Shapes of(UnitGraph graph, int[] territoryOf, int k) {
      Shapes shapes = new Shapes();
      shapes.size = new int[k];
      for (int u = 0; u < graph.size(); u++) {
        shapes.size[territoryOf[u]]++;
      }
      shapes.pieces = TerritoryPieces.of(graph, territoryOf).perTerritory(k);
      shapes.distances(graph, territoryOf, k);
      shapes.diameter = diameters(graph, territoryOf, k);
      return shapes;
    }

    /** Distances weighted by the first metric, as check_partition.py weighs compactness. */
    private void distances(UnitGraph graph, int[] territoryOf, int k) {
      int n = graph.size();
      double[] unitWeight = new double[n];
      for (int u = 0; u < n; u++) {
        unitWeight[u] = graph.metricCount() == 0 ? 1 : Math.max(0, graph.metric(0, u));
      }
      weight = new double[k];
      distance = new double[k];
      double[] sx = new double[k];
      double[] sy = new double[k];
      for (int u = 0; u < n; u++) {
        int t = territoryOf[u];
        weight[t] += unitWeight[u];
        sx[t] += unitWeight[u] * graph.x(u);
        sy[t] += unitWeight[u] * graph.y(u);
      }
      for (int u = 0; u < n; u++) {
        int t = territoryOf[u];
        if (weight[t] > 0) {
          double d = Math.hypot(graph.x(u) - sx[t] / weight[t], graph.y(u) - sy[t] / weight[t]);
          distance[t] += unitWeight[u] * d;
          distanceSum += unitWeight[u] * d;
          weightSum += unitWeight[u];
        }
      }
    }

    private static double[] diameters(UnitGraph graph, int[] territoryOf, int k) {
      int[][] members = new int[k][];
      int[] count = new int[k];
      for (int u = 0; u < graph.size(); u++) {
        count[territoryOf[u]]++;
      }
      for (int t = 0; t < k; t++) {
        members[t] = new int[count[t]];
        count[t] = 0;
      }
      for (int u = 0; u < graph.size(); u++) {
        int t = territoryOf[u];
        members[t][count[t]++] = u;
      }
      double[] diameter = new double[k];
      for (int t = 0; t < k; t++) {
        int[] pair = ConvexHull.farthestPair(graph, members[t], count[t]);
        diameter[t] = pair[0] < 0 ? 0 : graph.distanceKm(pair[0], pair[1]);
      }
      return diameter;
    }
  }
}
