package com.territoryplanner.balancing.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How long to solve, in seconds (default 10), and optionally how much may change against the active
 * plan: at most {@code maxChangedShare} (0 to 1) of the accounts, units or potential named by
 * {@code changeMeasure} (default ACCOUNTS) may get a different rep.
 */
public record SolveRequest(
    @Min(1) @Max(600) Integer seconds,
    @DecimalMin("0") @DecimalMax("1") Double maxChangedShare,
    ChangeMeasure changeMeasure) {

  public static final SolveRequest DEFAULTS = new SolveRequest(null, null, null);

  public int secondsOrDefault() {
    return seconds == null ? 10 : seconds;
  }

  public ChangeMeasure changeMeasureOrDefault() {
    return changeMeasure == null ? ChangeMeasure.ACCOUNTS : changeMeasure;
  }
}
