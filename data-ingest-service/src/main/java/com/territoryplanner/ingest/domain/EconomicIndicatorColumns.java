package com.territoryplanner.ingest.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The canonical economic-indicator columns: {@code region, indicator, period, value, unit}. A
 * period is a year ({@code 2025}), a quarter ({@code 2025-Q3}) or a month ({@code 2025-07}); values
 * may be negative (a shrinking region).
 */
public final class EconomicIndicatorColumns implements RowMapping<EconomicIndicator> {

  private static final Pattern PERIOD = Pattern.compile("\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?");
  private static final Set<String> COLUMNS =
      Set.of("region", "indicator", "period", "value", "unit");

  @Override
  public ImportedEntity entity() {
    return ImportedEntity.ECONOMIC_INDICATOR;
  }

  @Override
  public Set<String> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("region", "indicator", "period", "value");
  }

  @Override
  public EconomicIndicator map(SourceRow row) {
    String period = row.required("period", 7);
    if (period != null && !PERIOD.matcher(period).matches()) {
      row.reject(
          "period", "is not a year, quarter or month (2025, 2025-Q3, 2025-07): '" + period + "'");
    }
    row.require("value");
    BigDecimal value = row.amount("value");
    EconomicIndicator indicator =
        new EconomicIndicator(
            row.required("region", 64),
            row.required("indicator", 80),
            period,
            value,
            row.optional("unit", 40));
    return row.errors().isEmpty() ? indicator : null;
  }

  @Override
  public String key(EconomicIndicator indicator) {
    return indicator.key();
  }
}
