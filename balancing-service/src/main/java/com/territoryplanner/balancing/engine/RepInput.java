package com.territoryplanner.balancing.engine;

import java.util.Set;

/** One territory to fill: its id, its rep's home base, relative capacity and skills. */
public record RepInput(
    String territoryId,
    double homeLatitude,
    double homeLongitude,
    double capacity,
    Set<String> skills) {

  public RepInput {
    skills = Set.copyOf(skills);
  }

  /** A rep without special skills. */
  public RepInput(String territoryId, double homeLatitude, double homeLongitude, double capacity) {
    this(territoryId, homeLatitude, homeLongitude, capacity, Set.of());
  }
}
