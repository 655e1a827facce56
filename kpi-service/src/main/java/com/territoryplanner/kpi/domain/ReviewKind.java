package com.territoryplanner.kpi.domain;

/** Why a plan review exists. */
public enum ReviewKind {
  /** The plan's balance drifted out of its tolerance. */
  DRIFT,
  /** A check-in from the review calendar, every quarter. */
  QUARTERLY_CHECK_IN,
  /** The yearly redesign review from the review calendar. */
  ANNUAL_DEEP_DIVE,
  /** A business event a planner reported. */
  TRIGGER
}
