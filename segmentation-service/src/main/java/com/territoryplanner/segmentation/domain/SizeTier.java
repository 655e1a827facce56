package com.territoryplanner.segmentation.domain;

import com.territoryplanner.segmentation.domain.tree.SizeBands;
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

  public static final int ENTERPRISE_EMPLOYEES = 1_000;
  public static final BigDecimal ENTERPRISE_REVENUE = new BigDecimal("1000000000");
  public static final int MID_MARKET_EMPLOYEES = 100;
  public static final BigDecimal MID_MARKET_REVENUE = new BigDecimal("50000000");

  public static SizeTier classify(Integer employees, BigDecimal annualRevenue) {
    return valueOf(SizeBands.STANDARD.bandOf(employees, annualRevenue));
  }
}
