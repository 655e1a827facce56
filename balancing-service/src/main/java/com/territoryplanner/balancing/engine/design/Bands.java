package com.territoryplanner.balancing.engine.design;

/**
 * Where each territory's total of each goal's metric may lie, as deviations relative to its target:
 * the goal's tolerance band (optionally narrowed by a sliver, so that rounding never decides
 * feasibility) cut by the goal's absolute floor and ceiling.
 */
final class Bands {

  private final int goalCount;
  private final double[] lower;
  private final double[] upper;
  private final boolean[] boundBelow;
  private final boolean[] boundAbove;

  private Bands(int territories, int goalCount) {
    this.goalCount = goalCount;
    this.lower = new double[territories * goalCount];
    this.upper = new double[territories * goalCount];
    this.boundBelow = new boolean[territories * goalCount];
    this.boundAbove = new boolean[territories * goalCount];
  }

  /**
   * The bands for every territory and goal; {@code narrowing} scales the tolerance (1 for the exact
   * band).
   */
  static Bands of(UnitGraph graph, DesignSpec spec, double narrowing) {
    int goals = spec.goals().size();
    Bands bands = new Bands(spec.territories(), goals);
    for (int g = 0; g < goals; g++) {
      MetricGoal goal = spec.goals().get(g);
      double band = goal.tolerance() * narrowing;
      for (int t = 0; t < spec.territories(); t++) {
        int i = t * goals + g;
        double target = spec.target(graph, t, goal.metric());
        double floor = target > 0 ? goal.floor() / target - 1 : Double.NEGATIVE_INFINITY;
        double ceiling = target > 0 ? goal.ceiling() / target - 1 : Double.POSITIVE_INFINITY;
        bands.lower[i] = Math.max(-band, floor);
        bands.upper[i] = Math.min(band, ceiling);
        bands.boundBelow[i] = floor > -band;
        bands.boundAbove[i] = ceiling < band;
      }
    }
    return bands;
  }

  /** How far a relative deviation lies outside territory t's band for goal g; 0 inside. */
  double excess(int t, int g, double deviation) {
    int i = t * goalCount + g;
    return Math.max(0, Math.max(deviation - upper[i], lower[i] - deviation));
  }

  /** Whether the deviation lies past the band's upper edge, or inside it on the upper side. */
  boolean upperSide(int t, int g, double deviation) {
    int i = t * goalCount + g;
    return deviation > upper[i] || (deviation >= lower[i] && deviation >= 0);
  }

  /** Whether the band's edge on the deviation's side is an absolute floor or ceiling. */
  boolean absoluteEdge(int t, int g, double deviation) {
    int i = t * goalCount + g;
    return upperSide(t, g, deviation) ? boundAbove[i] : boundBelow[i];
  }

  /**
   * Whether a deviation inside the band lies within {@code margin} of the band's half-width from
   * its edge on that side.
   */
  boolean strained(int t, int g, double deviation, double margin) {
    int i = t * goalCount + g;
    double edge = deviation >= 0 ? upper[i] : lower[i];
    return excess(t, g, deviation) == 0
        && Double.isFinite(edge)
        && Math.abs(edge - deviation) < margin * Math.abs(edge);
  }
}
