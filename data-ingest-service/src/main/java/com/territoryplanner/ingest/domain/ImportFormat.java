package com.territoryplanner.ingest.domain;

import java.io.IOException;
import java.io.Reader;

/** The formats an import reads, each streamed row by row. */
public enum ImportFormat {
  CSV,
  JSON,
  NDJSON,
  GEOJSON;

  /** Rows of the input, named through the profile, checked against the mapping's limits. */
  public RowReader open(Reader input, ColumnProfile profile, RowMapping<?> mapping)
      throws IOException {
    int limit = mapping.maxRecordChars();
    return switch (this) {
      case CSV -> new CsvRowReader(input, profile, mapping.requiredColumns(), limit);
      case JSON -> JsonRowReader.array(input, profile, limit);
      case NDJSON -> JsonRowReader.lines(input, profile, limit);
      case GEOJSON -> JsonRowReader.features(input, profile, limit);
    };
  }

  /**
   * Reads rows of this format again, one at a time, from the original texts an import stored.
   *
   * @param originalHeader the import's {@link RowReader#originalHeader()}
   */
  public StoredRowReader stored(String originalHeader, ColumnProfile profile, RowMapping<?> mapping)
      throws IOException {
    return switch (this) {
      case CSV ->
          CsvRowReader.stored(
              originalHeader, profile, mapping.requiredColumns(), mapping.maxRecordChars());
      case JSON, NDJSON -> JsonRowReader.stored(profile, false);
      case GEOJSON -> JsonRowReader.stored(profile, true);
    };
  }
}
