package com.territoryplanner.ingest.domain;

import java.util.List;
import java.util.Set;

/**
 * The canonical activity columns: {@code id, account_id, type, date, owner_id, duration_minutes,
 * subject}. Type is free text as the CRM names it (Call, Meeting, Email ...); an activity without
 * one is counted as "Other".
 */
public final class ActivityColumns implements RowMapping<ActivityRecord> {

  private static final Set<String> COLUMNS =
      Set.of("id", "account_id", "type", "date", "owner_id", "duration_minutes", "subject");

  @Override
  public ImportedEntity entity() {
    return ImportedEntity.ACTIVITY;
  }

  @Override
  public Set<String> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("id", "account_id", "date");
  }

  @Override
  public ActivityRecord map(SourceRow row) {
    row.require("date");
    String type = row.optional("type", 80);
    ActivityRecord activity =
        new ActivityRecord(
            row.required("id", 64),
            row.required("account_id", 64),
            type == null ? "Other" : type,
            row.date("date"),
            row.optional("owner_id", 64),
            row.nonNegativeInteger("duration_minutes"),
            row.optional("subject", 255));
    return row.errors().isEmpty() ? activity : null;
  }

  @Override
  public String key(ActivityRecord activity) {
    return activity.id();
  }
}
