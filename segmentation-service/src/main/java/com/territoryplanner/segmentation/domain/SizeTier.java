package com.territoryplanner.segmentation.domain;

import java.math.BigDecimal;

/**
 * An account's size band, from headcount and annual revenue; whichever of the two reaches the
 * higher band wins.
 *
 * <ul>
 *   <li>{@code ENTERPRISE}: at least 1,000 employees or at least 1,000,000,000 annual revenue
 *   <li>{@code MID_MARKET}: at least 100 employees or at least 50,000,000 annual revenue
 *   <li>{@code SMB}: everything else, including accounts with neither figure
 * </ul>
 *
 * Revenue thresholds are applied to the figure in the account's own currency (v1 does no FX
 * conversion).
 */
public enum SizeTier {
  SMB,
  MID_MARKET,
  ENTERPRISE;

  static final int ENTERPRISE_EMPLOYEES = 1_000;
  static final BigDecimal ENTERPRISE_REVENUE = new BigDecimal("1000000000");
  static final int MID_MARKET_EMPLOYEES = 100;
  static final BigDecimal MID_MARKET_REVENUE = new BigDecimal("50000000");

  public static SizeTier classify(Integer employees, BigDecimal annualRevenue) {
    int headcount = employees == null ? 0 : employees;
    BigDecimal revenue = annualRevenue == null ? BigDecimal.ZERO : annualRevenue;
    if (headcount >= ENTERPRISE_EMPLOYEES || revenue.compareTo(ENTERPRISE_REVENUE) >= 0) {
      return ENTERPRISE;
    }
    if (headcount >= MID_MARKET_EMPLOYEES || revenue.compareTo(MID_MARKET_REVENUE) >= 0) {
      return MID_MARKET;
    }
    return SMB;
  }
}
