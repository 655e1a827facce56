package com.territoryplanner.balancing.engine;

import java.util.Collection;

/** How tightly a territory's units gather around their centre. */
public final class Compactness {

  private Compactness() {}

  /**
   * The units' weighted distance from their weighted centre, in metres, each weighed by its share
   * of the plan's potential: summed over all territories, the plan's weighted mean distance of a
   * unit from its territory's centre.
   */
  public static long cost(Collection<BasicUnit> units) {
    double weight = 0;
    double latitude = 0;
    double longitude = 0;
    for (BasicUnit unit : units) {
      weight += unit.getWeightShare();
      latitude += unit.getWeightShare() * unit.getLatitude();
      longitude += unit.getWeightShare() * unit.getLongitude();
    }
    if (!(weight > 0)) {
      return 0;
    }
    latitude /= weight;
    longitude /= weight;
    double metres = 0;
    for (BasicUnit unit : units) {
      metres +=
          unit.getWeightShare()
              * Geo.haversineKm(unit.getLatitude(), unit.getLongitude(), latitude, longitude)
              * ProblemBuilder.COMPACTNESS_POINTS_PER_KM;
    }
    return Math.round(metres);
  }
}
