package com.territoryplanner.balancing.domain;

/** Only active reps can be given a territory in a new plan. */
public enum RepStatus {
  ACTIVE,
  INACTIVE
}
