package com.territoryplanner.kpi.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Revenue lines of one group, period and currency, and their figures.
 *
 * @param revenue sum of amounts, credit notes included
 * @param lines revenue lines
 * @param margin sum of margins (amount - cost) over lines whose margin is known
 * @param marginedRevenue revenue of the lines whose margin is known
 */
public record RevenueTotals(
    BigDecimal revenue, long lines, BigDecimal margin, BigDecimal marginedRevenue) {

  public RevenueTotals plus(RevenueTotals other) {
    return new RevenueTotals(
        revenue.add(other.revenue),
        lines + other.lines,
        margin.add(other.margin),
        marginedRevenue.add(other.marginedRevenue));
  }

  /**
   * The revenue KPIs.
   *
   * @param marginRate margin / revenue of the lines whose margin is known; absent when none is
   */
  public record Kpis(BigDecimal revenue, long lines, BigDecimal margin, Double marginRate) {}

  public Kpis kpis() {
    return new Kpis(
        revenue,
        lines,
        margin,
        marginedRevenue.signum() == 0
            ? null
            : margin.divide(marginedRevenue, 4, RoundingMode.HALF_UP).doubleValue());
  }
}
