package com.territoryplanner.ingest.domain;

import java.util.List;

/**
 * The documented generic opportunity columns: {@code id, account_id, stage, amount, currency,
 * close_date, is_closed, is_won}. A won opportunity is closed and needs a close date.
 */
public final class GenericOpportunityColumns implements RowMapping<OpportunityRecord> {

  @Override
  public List<String> requiredColumns() {
    return List.of("id", "account_id", "stage");
  }

  @Override
  public OpportunityRecord map(CsvRow row) {
    OpportunityRecord opportunity =
        new OpportunityRecord(
            row.required("id", 64),
            row.required("account_id", 64),
            row.required("stage", 80),
            row.nonNegativeAmount("amount"),
            row.currency("currency", "USD"),
            row.date("close_date"),
            row.flag("is_closed"),
            row.flag("is_won"));
    if (opportunity.won() && !opportunity.closed()) {
      row.reject("is_won", "a won opportunity must also be closed");
    }
    if (opportunity.won() && opportunity.closeDate() == null && row.text("close_date") == null) {
      row.reject("close_date", "is required for a won opportunity");
    }
    return row.errors().isEmpty() ? opportunity : null;
  }

  @Override
  public String key(OpportunityRecord opportunity) {
    return opportunity.id();
  }
}
