package com.territoryplanner.kpi.domain;

/** A review waits for its due date, is open, or was closed with a resolution. */
public enum ReviewStatus {
  SCHEDULED,
  OPEN,
  CLOSED
}
