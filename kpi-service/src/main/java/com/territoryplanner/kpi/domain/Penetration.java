package com.territoryplanner.kpi.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much of a group's market it already has: its accounts' revenue over the last 12 months
 * against that revenue plus their potential (the white space: expected annual spend they do not
 * spend with us yet), in one currency.
 *
 * @param penetration revenue / (revenue + potential); absent when both are zero
 */
public record Penetration(
    KpiGroup group,
    String currency,
    long accounts,
    BigDecimal revenue12Months,
    BigDecimal potential,
    Double penetration) {

  public static Penetration of(
      KpiGroup group, String currency, long accounts, BigDecimal revenue, BigDecimal potential) {
    BigDecimal market = revenue.max(BigDecimal.ZERO).add(potential.max(BigDecimal.ZERO));
    return new Penetration(
        group,
        currency,
        accounts,
        revenue,
        potential,
        market.signum() == 0
            ? null
            : revenue.max(BigDecimal.ZERO).divide(market, 4, RoundingMode.HALF_UP).doubleValue());
  }

  public Penetration named(String territoryName) {
    return new Penetration(
        group.named(territoryName), currency, accounts, revenue12Months, potential, penetration);
  }
}
