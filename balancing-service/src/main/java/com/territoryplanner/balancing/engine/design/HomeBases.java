package com.territoryplanner.balancing.engine.design;

/**
 * Where each territory's rep starts the day, and how much travel from there counts: with weight 1,
 * a unit's squared distance from the home base costs as much as its squared distance from the
 * territory's centre.
 */
public record HomeBases(double[] latitude, double[] longitude, double weight) {

  public HomeBases {
    if (latitude.length != longitude.length) {
      throw new IllegalArgumentException("one latitude and one longitude per territory");
    }
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("the travel weight must be a non-negative number");
    }
    latitude = latitude.clone();
    longitude = longitude.clone();
  }
}
