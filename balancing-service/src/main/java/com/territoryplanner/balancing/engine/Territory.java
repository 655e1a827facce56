package com.territoryplanner.balancing.engine;

import java.util.Set;

/**
 * A rep's territory as the solver sees it: a problem fact with the rep's home base and skills and
 * the bands of potential and workload (accounts) it should carry. {@code index} addresses the
 * units' precomputed travel costs.
 */
public class Territory {

  private String id;
  private int index;
  private double homeLatitude;
  private double homeLongitude;
  private double capacity;
  private TargetBand potential;
  private TargetBand workload;
  private Set<String> skills;

  public Territory() {
    // for the solver's cloning
  }

  public Territory(
      String id,
      int index,
      double homeLatitude,
      double homeLongitude,
      double capacity,
      TargetBand potential,
      TargetBand workload,
      Set<String> skills) {
    this.id = id;
    this.index = index;
    this.homeLatitude = homeLatitude;
    this.homeLongitude = homeLongitude;
    this.capacity = capacity;
    this.potential = potential;
    this.workload = workload;
    this.skills = Set.copyOf(skills);
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

  /** The band of potential this territory should carry. */
  public TargetBand getPotential() {
    return potential;
  }

  /** The band of accounts this territory should carry; {@link TargetBand#NONE} when unbalanced. */
  public TargetBand getWorkload() {
    return workload;
  }

  public boolean hasSkill(String skill) {
    return skills.contains(skill);
  }

  public Set<String> getSkills() {
    return skills;
  }

  @Override
  public String toString() {
    return "Territory " + id;
  }
}
