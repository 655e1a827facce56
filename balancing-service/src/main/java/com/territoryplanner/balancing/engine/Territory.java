package com.territoryplanner.balancing.engine;

/**
 * A rep's territory as the solver sees it: a problem fact with the rep's home base and the band of
 * potential it should carry. {@code index} addresses the units' precomputed distance costs.
 */
public class Territory {

  private String id;
  private int index;
  private double homeLatitude;
  private double homeLongitude;
  private double capacity;
  private long targetPotential;
  private long minPotential;
  private long maxPotential;

  public Territory() {
    // for the solver's cloning
  }

  public Territory(
      String id,
      int index,
      double homeLatitude,
      double homeLongitude,
      double capacity,
      long targetPotential,
      long minPotential,
      long maxPotential) {
    this.id = id;
    this.index = index;
    this.homeLatitude = homeLatitude;
    this.homeLongitude = homeLongitude;
    this.capacity = capacity;
    this.targetPotential = targetPotential;
    this.minPotential = minPotential;
    this.maxPotential = maxPotential;
  }

  /** How far {@code potential} lies outside the band; 0 inside it. */
  public long distanceOutsideBand(long potential) {
    if (potential < minPotential) {
      return minPotential - potential;
    }
    return potential > maxPotential ? potential - maxPotential : 0;
  }

  /** Relative deviation from the target: 0.1 means 10 % above, -0.1 10 % below. */
  public double relativeDeviation(long potential) {
    if (targetPotential == 0) {
      return 0;
    }
    return (potential - targetPotential) / (double) targetPotential;
  }

  public String getId() {
    return id;
  }

  public int getIndex() {
    return index;
  }

  public double getHomeLatitude() {
    return homeLatitude;
  }

  public double getHomeLongitude() {
    return homeLongitude;
  }

  public double getCapacity() {
    return capacity;
  }

  public long getTargetPotential() {
    return targetPotential;
  }

  public long getMinPotential() {
    return minPotential;
  }

  public long getMaxPotential() {
    return maxPotential;
  }

  @Override
  public String toString() {
    return "Territory " + id;
  }
}
