package com.territoryplanner.ingest.domain;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one CSV import: reads the header, then each row in turn, validates it with the mapping and
 * hands good records to the store. Bad rows are reported and skipped; good rows are never lost
 * because of them. Rows are streamed: memory holds one row plus the keys seen so far.
 */
public final class CsvImport<T> {

  /** Every row was read; each was accepted or rejected. */
  public static final String COMPLETED = "COMPLETED";

  /**
   * A row left a quote open to the end of the input: the rows before it were imported, nothing
   * after it could be read.
   */
  public static final String STOPPED_AT_UNREADABLE_ROW = "STOPPED_AT_UNREADABLE_ROW";

  /** How many rejections the report lists; all of them go to the reject sink. */
  public static final int REPORTED_ERRORS = 100;

  private final String entity;
  private final RowMapping<T> mapping;

  public CsvImport(String entity, RowMapping<T> mapping) {
    this.entity = entity;
    this.mapping = mapping;
  }

  public ImportReport run(
      UUID importId, Reader input, Function<T, UpsertOutcome> store, Consumer<RowError> rejects)
      throws IOException {
    CsvReader csv = new CsvReader(input);
    Map<String, Integer> header = header(csv.next());
    Set<String> keys = new HashSet<>();
    List<RowError> reported = new ArrayList<>();
    Map<UpsertOutcome, Long> outcomes = new HashMap<>();
    long rows = 0;
    long rejected = 0;
    String status = COMPLETED;
    while (true) {
      CsvRow row;
      try {
        List<String> values = csv.next();
        if (values == null) {
          break;
        }
        if (values.size() == 1 && values.get(0).isBlank()) {
          continue;
        }
        row = new CsvRow(++rows, header, values);
      } catch (MalformedCsvException e) {
        row = CsvRow.unreadable(++rows, "is not valid CSV (" + e.getMessage() + ")");
        if (!e.recoverable()) {
          status = STOPPED_AT_UNREADABLE_ROW;
        }
      }
      T record = row.errors().isEmpty() ? mapping.map(row) : null;
      if (record != null && !keys.add(mapping.key(record))) {
        row.reject(mapping.requiredColumns().get(0), "repeats a key seen earlier in this file");
        record = null;
      }
      if (record == null) {
        rejected++;
        for (RowError error : row.errors()) {
          rejects.accept(error);
          if (reported.size() < REPORTED_ERRORS) {
            reported.add(error);
          }
        }
      } else {
        outcomes.merge(store.apply(record), 1L, Long::sum);
      }
      if (status.equals(STOPPED_AT_UNREADABLE_ROW)) {
        break;
      }
    }
    return new ImportReport(
        importId,
        entity,
        status,
        rows,
        rows - rejected,
        rejected,
        outcomes.getOrDefault(UpsertOutcome.CREATED, 0L),
        outcomes.getOrDefault(UpsertOutcome.UPDATED, 0L),
        outcomes.getOrDefault(UpsertOutcome.UNCHANGED, 0L),
        List.copyOf(reported));
  }

  private Map<String, Integer> header(List<String> names) {
    if (names == null) {
      throw new InvalidImportException(List.of(new RowError(0, null, "the file is empty")));
    }
    Map<String, Integer> header = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      header.putIfAbsent(names.get(i).trim().toLowerCase(Locale.ROOT), i);
    }
    List<RowError> missing =
        mapping.requiredColumns().stream()
            .filter(column -> !header.containsKey(column))
            .map(column -> new RowError(0, column, "required column is missing from the header"))
            .toList();
    if (!missing.isEmpty()) {
      throw new InvalidImportException(missing);
    }
    return header;
  }
}
