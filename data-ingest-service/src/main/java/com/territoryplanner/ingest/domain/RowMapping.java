package com.territoryplanner.ingest.domain;

import java.util.List;

/** How the rows of one kind of import become records: its columns and its validation. */
public interface RowMapping<T> {

  /** The columns a file must have; the others are optional and unknown ones are ignored. */
  List<String> requiredColumns();

  /** The record the row describes, or null when the row has errors (recorded on the row). */
  T map(CsvRow row);

  /** The key that must be unique within one file. */
  String key(T record);
}
