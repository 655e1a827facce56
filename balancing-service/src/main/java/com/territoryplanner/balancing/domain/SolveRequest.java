package com.territoryplanner.balancing.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How long to solve, in seconds (default 10). */
public record SolveRequest(@Min(1) @Max(600) Integer seconds) {

  public int secondsOrDefault() {
    return seconds == null ? 10 : seconds;
  }
}
