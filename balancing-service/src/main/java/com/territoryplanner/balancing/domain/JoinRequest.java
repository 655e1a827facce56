package com.territoryplanner.balancing.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * A rep joins a plan: a territory is carved for them around their home base within {@code seconds}
 * (default 2), changing the territory of at most {@code maxChangedShare} of the plan's accounts
 * (default 0.1).
 */
public record JoinRequest(
    @NotNull UUID repId,
    @Min(1) @Max(60) Integer seconds,
    @DecimalMin("0") @DecimalMax("1") Double maxChangedShare) {

  public int secondsOrDefault() {
    return seconds == null ? 2 : seconds;
  }

  public double maxChangedShareOrDefault() {
    return maxChangedShare == null ? 0.1 : maxChangedShare;
  }
}
