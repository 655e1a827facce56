package com.territoryplanner.segmentation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many companies of an industry a postal code holds, with their employees and revenue where the
 * market-data provider gives them.
 */
public record FirmographicCount(
    String country,
    String postalCode,
    String naics,
    int companies,
    Long employees,
    BigDecimal revenue,
    String currency) {

  /**
   * The total addressable market of these companies: {@code companies × potential of the average
   * company}, the average company having revenue / companies and employees / companies, assessed by
   * the potential model as a prospect (no current spend).
   */
  public BigDecimal addressableMarket() {
    if (companies == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    BigDecimal average =
        PotentialModel.assess(
                new AccountProfile(
                    naics,
                    employees == null ? null : (int) (employees / companies),
                    revenue == null
                        ? null
                        : revenue.divide(BigDecimal.valueOf(companies), 4, RoundingMode.HALF_UP),
                    currency),
                BigDecimal.ZERO)
            .potential();
    return average.multiply(BigDecimal.valueOf(companies));
  }

  /** The NAICS 2-digit sector. */
  public String sector() {
    return naics.substring(0, 2);
  }
}
