package com.territoryplanner.balancing.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * A rep leaves a plan. The neighbouring territories take over the rep's territory within {@code
 * seconds} (default 2); with {@code maxTradedShare} above 0 (default 0) they may also pass up to
 * that share of their own units among themselves to share the vacancy evenly.
 */
public record DepartureRequest(
    @NotNull UUID repId,
    @Min(1) @Max(60) Integer seconds,
    @DecimalMin("0") @DecimalMax("0.5") Double maxTradedShare) {

  public int secondsOrDefault() {
    return seconds == null ? 2 : seconds;
  }

  public double maxTradedShareOrDefault() {
    return maxTradedShare == null ? 0 : maxTradedShare;
  }
}
