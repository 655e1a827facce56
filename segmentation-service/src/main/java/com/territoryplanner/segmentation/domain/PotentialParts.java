package com.territoryplanner.segmentation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Why an account's potential is what it is: {@code potential = max(0, expected − currentSpend)},
 * {@code expected = base × propensity × saturation × growth}, {@code base = basis figure × rate}.
 *
 * @param basis which figure the base came from: {@code REVENUE}, {@code EMPLOYEES} or {@code NONE}
 * @param base expected annual spend before the sector adjustment
 * @param rate the spend share of revenue, or the spend per employee, that made the base
 * @param sector the NAICS 2-digit sector, or null when the account has no usable NAICS code
 * @param propensity the sector's spend multiplier (1.0 when the sector is unknown or not listed)
 * @param currentSpend what the account bought in the 12 months up to the assessment, in the
 *     potential's currency
 * @param competitorsNearby competitor locations in the account's H3 resolution-6 cell and the six
 *     around it (within about 10 km), or null when the account has no location
 * @param saturation the share of the expected spend left to win: 1 / (1 + 0.1 × competitorsNearby),
 *     to 4 decimals; 1 without competitors or location
 * @param growthRegion the region whose growth indicator applied (the account's postal code or
 *     country), null when none is known
 * @param growthPeriod the period of that indicator's latest value
 * @param growthRate that value, percent a year
 * @param growth 1 + growthRate / 100, kept within 0.5 and 1.5; 1 without an indicator
 */
public record PotentialParts(
    Basis basis,
    BigDecimal base,
    BigDecimal rate,
    String sector,
    BigDecimal propensity,
    BigDecimal currentSpend,
    Integer competitorsNearby,
    BigDecimal saturation,
    String growthRegion,
    String growthPeriod,
    BigDecimal growthRate,
    BigDecimal growth) {

  /** The expected annual spend: base × propensity × saturation × growth, in cents. */
  public BigDecimal expected() {
    return base.multiply(propensity)
        .multiply(saturation)
        .multiply(growth)
        .setScale(2, RoundingMode.HALF_UP);
  }

  public enum Basis {
    REVENUE,
    EMPLOYEES,
    NONE
  }
}
