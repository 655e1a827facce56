package com.territoryplanner.segmentation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Customer lifetime value by the simple retention model: with a yearly margin m, a retention rate r
 * and a discount rate d, CLV = m × r / (1 + d − r), the discounted margin of all the years the
 * customer is expected to stay (0.85 and 0.10 make 3.4 years' margin).
 */
public final class LifetimeValue {

  private final BigDecimal multiplier;

  public LifetimeValue(double retention, double discountRate) {
    if (retention <= 0 || retention >= 1 || discountRate < 0) {
      throw new IllegalArgumentException("retention must be in (0, 1), discount rate >= 0");
    }
    this.multiplier = BigDecimal.valueOf(retention / (1 + discountRate - retention));
  }

  /** The lifetime value of a yearly margin, or null without one. */
  public BigDecimal of(BigDecimal yearlyMargin) {
    return yearlyMargin == null
        ? null
        : yearlyMargin.multiply(multiplier).setScale(2, RoundingMode.HALF_UP);
  }
}
