package com.territoryplanner.ingest.domain;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

/** The formats an import reads, each streamed row by row. */
public enum ImportFormat {
  CSV,
  JSON,
  NDJSON,
  GEOJSON;

  public RowReader open(Reader input, ColumnProfile profile, List<String> requiredColumns)
      throws IOException {
    return switch (this) {
      case CSV -> new CsvRowReader(input, profile, requiredColumns);
      case JSON -> JsonRowReader.array(input, profile);
      case NDJSON -> JsonRowReader.lines(input, profile);
      case GEOJSON -> JsonRowReader.features(input, profile);
    };
  }
}
