package com.territoryplanner.ingest.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The canonical opportunity columns: {@code id, account_id, stage, amount, currency, close_date,
 * is_closed, is_won, created_date, lead_source, owner_id, loss_reason}. A won opportunity is closed
 * and needs a close date. Where a file has no {@code is_closed} column (HubSpot deals), a stage
 * named "closed won" or "closed lost" (any case and spacing) closes the opportunity.
 */
public final class OpportunityColumns implements RowMapping<OpportunityRecord> {

  private static final Pattern LETTERS_ONLY = Pattern.compile("[^a-z]");
  private static final Set<String> COLUMNS =
      Set.of(
          "id",
          "account_id",
          "stage",
          "amount",
          "currency",
          "close_date",
          "is_closed",
          "is_won",
          "created_date",
          "lead_source",
          "owner_id",
          "loss_reason");

  @Override
  public ImportedEntity entity() {
    return ImportedEntity.OPPORTUNITY;
  }

  @Override
  public Set<String> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("id", "account_id", "stage");
  }

  @Override
  public OpportunityRecord map(SourceRow row) {
    String stage = row.required("stage", 80);
    String stageKey =
        stage == null ? "" : LETTERS_ONLY.matcher(stage.toLowerCase(Locale.ROOT)).replaceAll("");
    boolean closed =
        row.has("is_closed")
            ? row.flag("is_closed")
            : stageKey.equals("closedwon") || stageKey.equals("closedlost");
    boolean won = row.has("is_won") ? row.flag("is_won") : stageKey.equals("closedwon");
    String accountId = row.required("account_id", 64);
    if (accountId != null && accountId.contains(";")) {
      row.reject("account_id", "names several accounts; give the primary one");
    }
    OpportunityRecord opportunity =
        new OpportunityRecord(
            row.required("id", 64),
            accountId,
            stage,
            row.nonNegativeAmount("amount"),
            row.currency("currency", "USD"),
            row.date("close_date"),
            closed,
            won,
            row.date("created_date"),
            row.optional("lead_source", 120),
            row.optional("owner_id", 64),
            row.optional("loss_reason", 255));
    if (won && !closed) {
      row.reject("is_won", "a won opportunity must also be closed");
    }
    if (won && opportunity.closeDate() == null && row.text("close_date") == null) {
      row.reject("close_date", "is required for a won opportunity");
    }
    return row.errors().isEmpty() ? opportunity : null;
  }

  @Override
  public String key(OpportunityRecord opportunity) {
    return opportunity.id();
  }
}
