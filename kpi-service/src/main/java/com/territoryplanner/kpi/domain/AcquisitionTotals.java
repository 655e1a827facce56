package com.territoryplanner.kpi.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What winning new customers cost in one period and currency.
 *
 * @param spend sales and marketing spend falling in the period (a spend over several months counts
 *     in each by its days there)
 * @param newCustomers accounts whose first won deal closed in the period
 */
public record AcquisitionTotals(BigDecimal spend, long newCustomers) {

  public AcquisitionTotals plus(AcquisitionTotals other) {
    return new AcquisitionTotals(spend.add(other.spend), newCustomers + other.newCustomers);
  }

  /**
   * @param customerAcquisitionCost spend / new customers; absent without new customers
   */
  public record Kpis(BigDecimal spend, long newCustomers, BigDecimal customerAcquisitionCost) {}

  public Kpis kpis() {
    BigDecimal rounded = spend.setScale(2, RoundingMode.HALF_UP);
    return new Kpis(
        rounded,
        newCustomers,
        newCustomers == 0
            ? null
            : spend.divide(BigDecimal.valueOf(newCustomers), 2, RoundingMode.HALF_UP));
  }
}
