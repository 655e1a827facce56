package com.territoryplanner.segmentation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A region's growth indicator for one period, as market data gives it: {@code rate} in percent a
 * year. Regions are named as ingest names them: a country ({@code US}) or a country's postal code
 * ({@code US:10001}).
 */
public record RegionalGrowth(String region, String indicator, String period, BigDecimal rate) {

  static final BigDecimal LOWEST_FACTOR = new BigDecimal("0.5");
  static final BigDecimal HIGHEST_FACTOR = new BigDecimal("1.5");

  /** What the rate does to expected spend: 1 + rate / 100, kept within 0.5 and 1.5, 4 decimals. */
  public BigDecimal factor() {
    BigDecimal factor = BigDecimal.ONE.add(rate.movePointLeft(2));
    return factor.max(LOWEST_FACTOR).min(HIGHEST_FACTOR).setScale(4, RoundingMode.HALF_UP);
  }

  /** A country as regions name it: its code in capitals; null when there is none. */
  public static String countryCode(String country) {
    return country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
  }

  /** The regions an account lies in, the most specific first: its postal code, its country. */
  public static List<String> regionsOf(String country, String postalCode) {
    List<String> regions = new ArrayList<>(2);
    String code = countryCode(country);
    if (code == null) {
      return regions;
    }
    if (postalCode != null && !postalCode.isBlank()) {
      regions.add(code + ":" + postalCode.strip());
    }
    regions.add(code);
    return regions;
  }
}
