package com.territoryplanner.ingest.domain;

import java.util.List;
import java.util.Set;

/** How the rows of one kind of import become records: its columns and its validation. */
public interface RowMapping<T> {

  ImportedEntity entity();

  /** Every canonical column the mapping reads; other columns are ignored. */
  Set<String> columns();

  /** The columns a file must have. */
  List<String> requiredColumns();

  /** The record the row describes, or null when the row has errors (recorded on the row). */
  T map(SourceRow row);

  /**
   * The longest record (CSV record, JSON line or array element) a file may hold, in characters:
   * beyond it the rest of the file cannot be trusted, and reading stops.
   */
  default int maxRecordChars() {
    return 1 << 20;
  }

  /** The key that must be unique within one file. */
  String key(T record);
}
