package com.territoryplanner.ingest.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The canonical spend columns of a marketing export: {@code id, campaign, channel, period_start,
 * period_end, amount, currency, country, postal_code}. A period without an end is one day.
 */
public final class SpendColumns implements RowMapping<SpendRecord> {

  private static final Set<String> COLUMNS =
      Set.of(
          "id",
          "campaign",
          "channel",
          "period_start",
          "period_end",
          "amount",
          "currency",
          "country",
          "postal_code");

  @Override
  public ImportedEntity entity() {
    return ImportedEntity.SPEND;
  }

  @Override
  public Set<String> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("id", "period_start", "amount");
  }

  @Override
  public SpendRecord map(SourceRow row) {
    row.require("period_start", "amount");
    BigDecimal amount = row.nonNegativeAmount("amount");
    LocalDate start = row.date("period_start");
    LocalDate end = row.date("period_end");
    if (start != null && end != null && end.isBefore(start)) {
      row.reject("period_end", "is before period_start");
    }
    SpendRecord spend =
        new SpendRecord(
            row.required("id", 64),
            row.optional("campaign", 255),
            row.optional("channel", 80),
            start,
            end == null ? start : end,
            amount,
            row.currency("currency", "USD"),
            row.country("country"),
            row.optional("postal_code", 20));
    return row.errors().isEmpty() ? spend : null;
  }

  @Override
  public String key(SpendRecord spend) {
    return spend.id();
  }
}
