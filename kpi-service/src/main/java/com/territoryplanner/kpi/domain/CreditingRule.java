package com.territoryplanner.kpi.domain;

/**
 * Which owner an opportunity counts for, given the account's owners over time (each from an
 * effective date). In every rule the owner on a date is the one whose period holds that date; a
 * date before the account's first period falls to its first owner, so deals closed before the first
 * plan still count for someone.
 */
public enum CreditingRule {
  /**
   * A closed deal counts for the owner on its close date, and stays there whatever later plans do;
   * an open one (pipeline) counts for the owner today. The default: what reps were paid on.
   */
  OWNER_AT_CLOSE,
  /** Every deal counts for the owner today: history restated after each reassignment. */
  CURRENT_OWNER
}
