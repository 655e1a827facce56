package com.territoryplanner.balancing.engine.design;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Carves a territory for a joining rep out of the territories around the rep's home base: the
 * territory the home lies in and those bordering it give up units along their borders until the new
 * territory carries its share of what they all carry together, while at most the allowed share of
 * the plan changes territory. The unit nearest the home base always goes to the new territory.
 * Every other territory stays as it is.
 */
public final class TerritoryCarving {

  /**
   * The outcome.
   *
   * @param territoryOf every unit's territory afterwards (-1 stays -1)
   * @param donors the territories that could give up units, ascending
   * @param local the design of the donors and the new territory (the last one), each measured
   *     against its share of what they carry together
   */
  public record Carving(int[] territoryOf, int[] donors, TerritoryDesign local) {}

  private TerritoryCarving() {}

  /**
   * @param spec the plan's spec with the joining territory in it (its home base is where the
   *     carving starts); its own disruption budget does not apply
   * @param territoryOf every unit's territory now, -1 for a unit in none; none in {@code joining}
   * @param disruptionMetric the metric whose changes count (-1: units)
   * @param maxChangedShare at most this share of the plan's total on that metric changes territory
   */
  public static Carving carve(
      UnitGraph graph,
      DesignSpec spec,
      int[] territoryOf,
      int joining,
      int disruptionMetric,
      double maxChangedShare) {
    if (territoryOf.length != graph.size()) {
      throw new IllegalArgumentException("a territory (or -1) is needed for every unit");
    }
    if (spec.homes() == null || joining < 0 || joining >= spec.territories()) {
      throw new IllegalArgumentException("the joining territory needs a home base in the spec");
    }
    int seed = nearestUnit(graph, spec, territoryOf, joining);
    if (seed < 0) {
      throw new IllegalArgumentException("no territory holds units to carve from");
    }
    // the territory the home lies in and those bordering it
    int centre = territoryOf[seed];
    int[] donors =
        IntStream.concat(
                IntStream.of(centre),
                Arrays.stream(LocalArea.bordering(graph, territoryOf, centre)))
            .sorted()
            .toArray();
    int[] territories = Arrays.copyOf(donors, donors.length + 1);
    territories[donors.length] = joining;
    LocalArea area = new LocalArea(graph, spec, territoryOf, territories, -1);
    double planWeight = 0;
    double areaWeight = 0;
    for (int u = 0; u < graph.size(); u++) {
      if (territoryOf[u] >= 0) {
        planWeight += disruptionMetric < 0 ? 1 : graph.metric(disruptionMetric, u);
      }
    }
    for (int u : area.units) {
      areaWeight += disruptionMetric < 0 ? 1 : graph.metric(disruptionMetric, u);
    }
    double localShare = areaWeight > 0 ? maxChangedShare * planWeight / areaWeight : 0;
    int[] start = area.current.clone();
    int home = Arrays.binarySearch(area.units, seed);
    start[home] = donors.length;
    // the unit at the rep's home stays theirs, however the search trades the units around it
    DesignSpec local =
        area.spec(disruptionMetric, localShare).withLock(area.units.length, home, donors.length);
    TerritoryDesign design = TerritoryDesigner.refine(area.graph, local, start);
    return new Carving(area.apply(territoryOf, design.territoryOf()), donors, design);
  }

  /** The unit of another territory nearest the joining rep's home base, or -1. */
  private static int nearestUnit(UnitGraph graph, DesignSpec spec, int[] territoryOf, int joining) {
    double x = graph.projectX(spec.homes().longitude()[joining]);
    double y = graph.projectY(spec.homes().latitude()[joining]);
    int nearest = -1;
    double best = Double.POSITIVE_INFINITY;
    for (int u = 0; u < graph.size(); u++) {
      double d = Math.hypot(graph.x(u) - x, graph.y(u) - y);
      if (territoryOf[u] >= 0 && territoryOf[u] != joining && d < best) {
        best = d;
        nearest = u;
      }
    }
    return nearest;
  }
}
