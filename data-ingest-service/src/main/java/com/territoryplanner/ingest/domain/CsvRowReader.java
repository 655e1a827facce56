package com.territoryplanner.ingest.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** CSV rows: the first record is the header, named through the profile. */
final class CsvRowReader implements RowReader {

  private final CsvReader csv;
  private final Map<String, Integer> header = new HashMap<>();
  private final String originalHeader;
  private final List<String> names;
  private long rows;
  private boolean stopped;

  CsvRowReader(
      Reader input, ColumnProfile profile, List<String> requiredColumns, int maxRecordChars)
      throws IOException {
    csv = new CsvReader(input, maxRecordChars);
    List<String> columns;
    try {
      columns = csv.next();
    } catch (MalformedCsvException e) {
      throw InvalidImportException.of(null, "the header is not valid CSV (" + e.getMessage() + ")");
    }
    if (columns == null) {
      throw InvalidImportException.of(null, "the file is empty");
    }
    originalHeader = SourceRow.storable(csv.raw());
    names = columns;
    for (int i = 0; i < names.size(); i++) {
      // a column named twice is read from its first occurrence
      header.putIfAbsent(profile.canonical(names.get(i)), i);
    }
    List<RowError> missing =
        requiredColumns.stream()
            .filter(column -> !header.containsKey(column))
            .map(column -> new RowError(0, column, "required column is missing from the header"))
            .toList();
    if (!missing.isEmpty()) {
      throw new InvalidImportException(missing);
    }
  }

  /** Rows read again from their original text, under the header the import read. */
  static StoredRowReader stored(
      String originalHeader,
      ColumnProfile profile,
      List<String> requiredColumns,
      int maxRecordChars)
      throws IOException {
    CsvRowReader header =
        new CsvRowReader(
            new StringReader(originalHeader), profile, requiredColumns, maxRecordChars);
    return (number, original) -> {
      List<String> values =
          new CsvReader(new StringReader(original), maxRecordChars, original.length()).next();
      return header.row(number, values == null ? List.of("") : values, original);
    };
  }

  @Override
  public SourceRow next() throws IOException {
    if (stopped) {
      return null;
    }
    try {
      List<String> values = csv.next();
      while (values != null && values.size() == 1 && values.get(0).isBlank()) {
        values = csv.next();
      }
      if (values == null) {
        return null;
      }
      return row(++rows, values, csv.raw());
    } catch (MalformedCsvException e) {
      stopped = !e.recoverable();
      return SourceRow.unreadable(++rows, csv.raw(), "is not valid CSV (" + e.getMessage() + ")");
    }
  }

  private SourceRow row(long number, List<String> values, String original) {
    SourceRow row = new SourceRow(number, header, names, values, original);
    if (values.size() != names.size()) {
      row.reject(null, "has " + values.size() + " fields where the header has " + names.size());
    }
    return row;
  }

  @Override
  public boolean stopped() {
    return stopped;
  }

  @Override
  public String originalHeader() {
    return originalHeader;
  }
}
