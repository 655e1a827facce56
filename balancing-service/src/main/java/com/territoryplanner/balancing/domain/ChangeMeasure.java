package com.territoryplanner.balancing.domain;

/** What a limit on changes against the active plan counts. */
public enum ChangeMeasure {
  /** Accounts that get a different rep. */
  ACCOUNTS,
  /** Basic units (postal codes) that get a different rep. */
  UNITS,
  /** Potential of the accounts that get a different rep. */
  POTENTIAL
}
