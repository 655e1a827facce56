package com.territoryplanner.segmentation.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** The segment the model gives an account: size tier and potential, with its parts. */
public record Segmentation(
    SizeTier sizeTier,
    BigDecimal potential,
    String currency,
    String modelVersion,
    PotentialParts parts) {

  /**
   * Whether consumers of {@code segments.v1} must hear about this segment, given the one published
   * before (null when there was none): only potential, tier or currency count.
   */
  public boolean isPublishableChangeFrom(
      SizeTier previousTier, BigDecimal previousPotential, String previousCurrency) {
    return previousTier != sizeTier
        || previousPotential == null
        || previousPotential.compareTo(potential) != 0
        || !Objects.equals(previousCurrency, currency);
  }
}
