package com.territoryplanner.ingest.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The canonical revenue-line columns of an ERP export: {@code id, account_id, date, product_line,
 * amount, cost, margin, currency}. Amount and cost may be negative (credit notes). Margin is amount
 * minus cost: computed when only cost is given, checked when both are.
 */
public final class RevenueLineColumns implements RowMapping<RevenueLineRecord> {

  private static final Set<String> COLUMNS =
      Set.of("id", "account_id", "date", "product_line", "amount", "cost", "margin", "currency");

  @Override
  public ImportedEntity entity() {
    return ImportedEntity.REVENUE_LINE;
  }

  @Override
  public Set<String> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("id", "account_id", "date", "amount");
  }

  @Override
  public RevenueLineRecord map(SourceRow row) {
    row.require("amount", "date");
    BigDecimal amount = row.amount("amount");
    BigDecimal cost = row.amount("cost");
    BigDecimal margin = row.amount("margin");
    if (amount != null && cost != null) {
      BigDecimal computed = amount.subtract(cost);
      if (margin == null) {
        margin = computed;
      } else if (margin.compareTo(computed) != 0) {
        row.reject("margin", "must equal amount minus cost (" + computed.toPlainString() + ")");
      }
    }
    RevenueLineRecord line =
        new RevenueLineRecord(
            row.required("id", 64),
            row.required("account_id", 64),
            row.date("date"),
            row.optional("product_line", 120),
            amount,
            cost,
            margin,
            row.currency("currency", "USD"));
    return row.errors().isEmpty() ? line : null;
  }

  @Override
  public String key(RevenueLineRecord line) {
    return line.id();
  }
}
