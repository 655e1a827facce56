package com.territoryplanner.balancing.engine.route;

import com.territoryplanner.balancing.engine.Geo;

/**
 * Driving estimated from straight lines: the great-circle distance stretched by a road factor
 * (roads are rarely straight; 1.2 to 1.4 is typical) and driven at an average speed. No road
 * network is consulted, so the figures are estimates and are reported as such.
 */
public record TravelModel(double speedKmh, double roadFactor) {

  public TravelModel {
    if (!(speedKmh > 0) || !(roadFactor >= 1)) {
      throw new IllegalArgumentException("Speed must be positive and the road factor at least 1");
    }
  }

  public double km(double fromLat, double fromLon, double toLat, double toLon) {
    return Geo.haversineKm(fromLat, fromLon, toLat, toLon) * roadFactor;
  }

  public double minutes(double km) {
    return km / speedKmh * 60;
  }
}
