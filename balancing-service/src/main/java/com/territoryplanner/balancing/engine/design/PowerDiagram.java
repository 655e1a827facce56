package com.territoryplanner.balancing.engine.design;

import java.util.Arrays;

/**
 * Refines a starting partition into a balanced power diagram: every unit belongs to the territory
 * whose centre minimises squared distance minus that territory's weight; weights rise for light
 * territories and fall for heavy ones, and centres follow their units. The cells are convex, so
 * territories come out compact and nearly balanced in the combined metric before any local move.
 */
final class PowerDiagram {

  private static final int NEAREST_CENTRES = 24;
  private static final int CENTRE_ROUNDS = 12;
  private static final int WEIGHT_ROUNDS = 8;
  private static final double WEIGHT_STEP = 0.6;

  private final UnitGraph graph;
  private final DesignSpec spec;
  private final int k;
  private final double[] combined;
  private final double[] target;
  private final double[] cx;
  private final double[] cy;
  private final double[] power;
  private final double[] spread;
  private final int[][] nearest;
  private final int[] territoryOf;

  private PowerDiagram(UnitGraph graph, DesignSpec spec, int[] start) {
    this.graph = graph;
    this.spec = spec;
    this.k = spec.territories();
    this.combined = RecursiveBisection.combinedWeights(graph, spec);
    this.target = new double[k];
    for (int t = 0; t < k; t++) {
      target[t] = spec.share(t);
    }
    this.cx = new double[k];
    this.cy = new double[k];
    this.power = new double[k];
    this.spread = new double[k];
    this.nearest = new int[k][];
    this.territoryOf = start.clone();
  }

  static int[] refine(UnitGraph graph, DesignSpec spec, int[] start, long deadline) {
    PowerDiagram diagram = new PowerDiagram(graph, spec, start);
    for (int round = 0; round < CENTRE_ROUNDS && System.nanoTime() < deadline; round++) {
      diagram.moveCentres();
      for (int w = 0; w < WEIGHT_ROUNDS; w++) {
        diagram.assign();
        diagram.adjustPowers();
      }
    }
    diagram.assign();
    return diagram.territoryOf;
  }

  /** Centres to their units' weighted centroids; spreads and nearest-centre lists follow. */
  private void moveCentres() {
    double[] w = new double[k];
    double[] sx = new double[k];
    double[] sy = new double[k];
    double[] ss = new double[k];
    for (int u = 0; u < graph.size(); u++) {
      int t = territoryOf[u];
      double weight = combined[u] + 1e-12;
      double x = graph.x(u);
      double y = graph.y(u);
      w[t] += weight;
      sx[t] += weight * x;
      sy[t] += weight * y;
      ss[t] += weight * (x * x + y * y);
    }
    for (int t = 0; t < k; t++) {
      if (w[t] > 0) {
        cx[t] = sx[t] / w[t];
        cy[t] = sy[t] / w[t];
        spread[t] = Math.max(1e-9, ss[t] / w[t] - cx[t] * cx[t] - cy[t] * cy[t]);
      }
    }
    int near = Math.min(NEAREST_CENTRES, k);
    long[] keyed = new long[k];
    for (int t = 0; t < k; t++) {
      for (int s = 0; s < k; s++) {
        float d = (float) ((cx[s] - cx[t]) * (cx[s] - cx[t]) + (cy[s] - cy[t]) * (cy[s] - cy[t]));
        keyed[s] = ((long) Float.floatToIntBits(d) << 32) | s;
      }
      Arrays.sort(keyed);
      nearest[t] = new int[near];
      for (int i = 0; i < near; i++) {
        nearest[t][i] = (int) keyed[i];
      }
    }
  }

  /** Each unit to the nearby centre with the least power distance; locked units stay. */
  private void assign() {
    for (int u = 0; u < graph.size(); u++) {
      if (spec.lockedTerritory(u) >= 0) {
        continue;
      }
      double x = graph.x(u);
      double y = graph.y(u);
      int best = territoryOf[u];
      double bestDistance = Double.POSITIVE_INFINITY;
      for (int t : nearest[territoryOf[u]]) {
        double d = (x - cx[t]) * (x - cx[t]) + (y - cy[t]) * (y - cy[t]) - power[t];
        if (d < bestDistance) {
          bestDistance = d;
          best = t;
        }
      }
      territoryOf[u] = best;
    }
  }

  /** Light territories gain power in proportion to their shortfall and size, heavy ones lose. */
  private void adjustPowers() {
    double[] load = new double[k];
    for (int u = 0; u < graph.size(); u++) {
      load[territoryOf[u]] += combined[u];
    }
    for (int t = 0; t < k; t++) {
      double shortfall = 1 - load[t] / target[t];
      power[t] += WEIGHT_STEP * shortfall * spread[t];
    }
  }
}
