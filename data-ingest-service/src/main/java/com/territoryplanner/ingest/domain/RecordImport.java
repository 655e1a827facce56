package com.territoryplanner.ingest.domain;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one import: reads each row in turn, validates it with the mapping and hands good records to
 * the sink in batches. Bad rows are reported and skipped; good rows are never lost because of them.
 * Memory holds one batch, whatever the file size: the sink, not this class, remembers the keys
 * seen.
 */
public final class RecordImport<T> {

  /** Every row was read; each was accepted or rejected. */
  public static final String COMPLETED = "COMPLETED";

  /**
   * A staged import: every row was read and the accepted ones are kept to be applied in the
   * background, batch by batch; its counts grow until the status becomes how reading ended.
   */
  public static final String APPLYING = "APPLYING";

  /**
   * A staged import whose apply failed on every attempt at one batch: the batches before it stay
   * applied, the rows from it on were not (the report's {@code failure} says how many). Importing
   * the file again applies them; the rows applied already come back unchanged.
   */
  public static final String APPLY_FAILED = "APPLY_FAILED";

  /**
   * A row could not be read past (a quote left open to the end, broken JSON in an array): the rows
   * before it were imported, nothing after it could be read.
   */
  public static final String STOPPED_AT_UNREADABLE_ROW = "STOPPED_AT_UNREADABLE_ROW";

  /** How many rejections the report lists; the rejects file has all of them. */
  public static final int REPORTED_ERRORS = 100;

  /** The reason a row is turned away when an earlier row of its import has its key. */
  public static final String REPEATED_KEY = "repeats a key an earlier row of this import has";

  static final int BATCH_SIZE = 1000;

  /** Where an import's records and rejections go. */
  public interface Sink<T> {

    /**
     * Stores accepted records, with the rows they were read from, and says what happened to each.
     */
    List<UpsertOutcome> store(List<T> records, List<SourceRow> rows);

    void reject(RejectedRow row);
  }

  /** The import rejected more rows than its threshold allows; the caller undoes it. */
  public static final class ThresholdExceeded extends RuntimeException {
    private final transient ImportReport report;

    ThresholdExceeded(ImportReport report) {
      super("the import rejected " + report.rejected() + " of " + report.rows() + " rows");
      this.report = report;
    }

    public ImportReport report() {
      return report;
    }
  }

  private final RowMapping<T> mapping;
  private final ImportHeading heading;
  private final List<RowError> reported = new ArrayList<>();
  private final Map<UpsertOutcome, Long> outcomes = new EnumMap<>(UpsertOutcome.class);
  private final List<T> batch = new ArrayList<>(BATCH_SIZE);
  private final List<SourceRow> batchRows = new ArrayList<>(BATCH_SIZE);
  private long rows;
  private long rejected;
  private long repeatedKeys;

  public RecordImport(RowMapping<T> mapping, ImportHeading heading) {
    this.mapping = mapping;
    this.heading = heading;
  }

  public ImportReport run(RowReader reader, Sink<T> sink, RejectThreshold threshold)
      throws IOException {
    SourceRow row;
    while ((row = reader.next()) != null) {
      rows++;
      T record = row.errors().isEmpty() ? mapping.map(row) : null;
      if (record == null) {
        reject(row, sink);
      } else {
        batch.add(record);
        batchRows.add(row);
        if (batch.size() == BATCH_SIZE) {
          flush(sink);
        }
      }
      if (threshold.exceededWhileReading(rejected)) {
        throw new ThresholdExceeded(report(COMPLETED));
      }
    }
    flush(sink);
    ImportReport report = report(reader.stopped() ? STOPPED_AT_UNREADABLE_ROW : COMPLETED);
    if (threshold.exceededAtEnd(rows, rejected)) {
      throw new ThresholdExceeded(report);
    }
    return report;
  }

  private void flush(Sink<T> sink) {
    if (batch.isEmpty()) {
      return;
    }
    List<UpsertOutcome> stored = sink.store(batch, batchRows);
    for (int i = 0; i < stored.size(); i++) {
      UpsertOutcome outcome = stored.get(i);
      if (outcome == UpsertOutcome.DUPLICATE) {
        repeatedKeys++;
        SourceRow row = batchRows.get(i);
        row.reject(mapping.requiredColumns().get(0), REPEATED_KEY);
        reject(row, sink);
      } else {
        outcomes.merge(outcome, 1L, Long::sum);
      }
    }
    batch.clear();
    batchRows.clear();
  }

  private void reject(SourceRow row, Sink<T> sink) {
    rejected++;
    sink.reject(new RejectedRow(row.number(), row.original(), List.copyOf(row.errors())));
    for (RowError error : row.errors()) {
      if (reported.size() < REPORTED_ERRORS) {
        reported.add(error);
      }
    }
  }

  private ImportReport report(String status) {
    return new ImportReport(
        heading.importId(),
        mapping.entity().label(),
        heading.format().name(),
        heading.profile(),
        heading.dryRun(),
        status,
        rows,
        rows - rejected,
        rejected,
        outcomes.getOrDefault(UpsertOutcome.CREATED, 0L),
        outcomes.getOrDefault(UpsertOutcome.UPDATED, 0L),
        outcomes.getOrDefault(UpsertOutcome.UNCHANGED, 0L),
        0,
        0,
        repeatedKeys,
        null,
        null,
        reported.stream().sorted(Comparator.comparingLong(RowError::row)).toList());
  }
}
