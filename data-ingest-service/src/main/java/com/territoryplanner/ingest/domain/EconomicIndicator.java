package com.territoryplanner.ingest.domain;

import java.math.BigDecimal;

/**
 * Market data: one regional economic indicator for one period, e.g. population growth in {@code
 * US:10001} for {@code 2025}. The region is a country ({@code US}), a country's postal code ({@code
 * US:10001}) or a provider's own region code; the period a year, quarter or month.
 */
public record EconomicIndicator(
    String region, String indicator, String period, BigDecimal value, String unit) {

  public String key() {
    return region + "|" + indicator + "|" + period;
  }
}
