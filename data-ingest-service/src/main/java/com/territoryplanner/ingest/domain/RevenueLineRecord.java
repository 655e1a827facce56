package com.territoryplanner.ingest.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A revenue line as an ERP export describes it (an invoice line), validated. Amounts are in {@code
 * currency} and may be negative (credit notes). Its account is the source's own customer id as
 * stored, and the golden account's id in the events.
 */
public record RevenueLineRecord(
    String id,
    String accountId,
    LocalDate date,
    String productLine,
    BigDecimal amount,
    BigDecimal cost,
    BigDecimal margin,
    String currency)
    implements AccountBound<RevenueLineRecord> {

  @Override
  public RevenueLineRecord ofAccount(String account) {
    return new RevenueLineRecord(id, account, date, productLine, amount, cost, margin, currency);
  }
}
