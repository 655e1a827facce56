package com.territoryplanner.balancing.domain;

/** A plan is drafted and solved, then activated; activating another archives it. */
public enum PlanStatus {
  DRAFT,
  ACTIVE,
  ARCHIVED
}
