package com.territoryplanner.ingest.repository;

import com.territoryplanner.ingest.domain.AccountQualityTally;
import com.territoryplanner.ingest.domain.ImportOptions;
import com.territoryplanner.ingest.domain.ImportReport;
import com.territoryplanner.ingest.domain.RecordImport;
import com.territoryplanner.ingest.domain.RejectedRow;
import com.territoryplanner.ingest.domain.RowError;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Import runs and every rejected row, with its original text. */
@ApplicationScoped
public class ImportRepository {

  /** What the rejects file needs to know about an import's original rows. */
  public record RejectsHeading(String format, String originalHeader) {}

  /** Receives the rejected rows of an import in row order. */
  public interface RejectedRowSink {
    void accept(long row, String columns, String reasons, String original) throws IOException;
  }

  private final JdbcWork jdbc;

  ImportRepository(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores rejected rows in one statement; one table row per error, the original on the first. */
  public void saveRejects(UUID importId, List<RejectedRow> rejects) {
    if (rejects.isEmpty()) {
      return;
    }
    List<Object> rows = new ArrayList<>();
    List<Object> indexes = new ArrayList<>();
    List<Object> columns = new ArrayList<>();
    List<Object> reasons = new ArrayList<>();
    List<Object> originals = new ArrayList<>();
    for (RejectedRow reject : rejects) {
      for (int i = 0; i < reject.errors().size(); i++) {
        RowError error = reject.errors().get(i);
        rows.add(reject.row());
        indexes.add(i);
        columns.add(error.column());
        reasons.add(error.reason());
        originals.add(i == 0 ? reject.original() : null);
      }
    }
    jdbc.run(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "insert into import_reject"
                      + " (import_id, row_number, error_index, column_name, reason, original)"
                      + " select ?, * from unnest(?::int8[], ?::int4[], ?::text[], ?::text[],"
                      + " ?::text[])")) {
            insert.setObject(1, importId);
            insert.setArray(2, connection.createArrayOf("int8", rows.toArray()));
            insert.setArray(3, connection.createArrayOf("int4", indexes.toArray()));
            insert.setArray(4, connection.createArrayOf("text", columns.toArray()));
            insert.setArray(5, connection.createArrayOf("text", reasons.toArray()));
            insert.setArray(6, connection.createArrayOf("text", originals.toArray()));
            return insert.executeUpdate();
          }
        });
  }

  /**
   * Whether an import should analyze its tables after this many batches: each time they double, up
   * to 64 batches. Until then the planner would keep the statistics (and cached plans) of the empty
   * tables it started with, and a lookup of a thousand keys would become a scan of everything
   * imported so far. After that the statistics describe the rows, and the planner scales them to a
   * table's current size by itself; the analyses of a million rows' tables took 5 s of a staged
   * apply (bench/ingest).
   */
  public static boolean statisticsDue(int batches) {
    return batches <= 64 && Integer.bitCount(batches) == 1;
  }

  /** Analyzes the tables an import is filling (see {@link #statisticsDue}). */
  public void refreshStatistics(List<String> tables) {
    jdbc.run(
        connection -> {
          try (Statement analyze = connection.createStatement()) {
            analyze.execute("analyze " + String.join(", ", tables));
          }
          return null;
        });
  }

  public void saveRun(ImportReport report, String originalHeader) {
    newRun(report, originalHeader).persist();
  }

  /**
   * Saves a staged import as {@link RecordImport#APPLYING}, with what applying it takes: the
   * source, the profile and custom mapping its rows are read with, and how reading ended.
   */
  public void saveStagedRun(
      ImportReport report, String originalHeader, String source, ImportOptions options) {
    ImportRunEntity run = newRun(report, originalHeader);
    run.status = RecordImport.APPLYING;
    run.readStatus = report.status();
    run.source = source;
    run.columnProfile = options.profile();
    run.columnMap = options.columnMap().toArray(String[]::new);
    run.qualityCounts = AccountQualityTally.Counts.NONE;
    run.persist();
  }

  /** The staged imports not applied yet, oldest first. */
  public List<UUID> applying() {
    return jdbc.list(
        "select id from import_run where status = ? order by received_at",
        row -> row.getObject(1, UUID.class),
        RecordImport.APPLYING);
  }

  /** A staged import's run, locked until the transaction ends. */
  public ImportRunEntity lockRun(UUID importId) {
    return ImportRunEntity.getEntityManager()
        .find(ImportRunEntity.class, importId, LockModeType.PESSIMISTIC_WRITE);
  }

  /** A staged import's run as it stands, not locked. */
  public ImportRunEntity run(UUID importId) {
    return ImportRunEntity.findById(importId);
  }

  /**
   * Reads the run again and locks it until the transaction ends: batches applied in parallel add
   * their counts to what the others committed, one at a time.
   */
  public void lock(ImportRunEntity run) {
    ImportRunEntity.getEntityManager().refresh(run, LockModeType.PESSIMISTIC_WRITE);
  }

  private static ImportRunEntity newRun(ImportReport report, String originalHeader) {
    ImportRunEntity run = new ImportRunEntity();
    run.id = report.importId();
    run.entity = report.entity();
    run.format = report.format();
    run.profile = report.profile();
    run.originalHeader = originalHeader;
    run.status = report.status();
    run.receivedAt = Instant.now();
    run.rows = report.rows();
    run.accepted = report.accepted();
    run.rejected = report.rejected();
    run.created = report.created();
    run.updated = report.updated();
    run.unchanged = report.unchanged();
    run.geocoded = report.geocoded();
    run.notGeocoded = report.notGeocoded();
    run.repeatedKeys = report.repeatedKeys();
    run.quality = report.quality();
    return run;
  }

  public Optional<ImportReport> findReport(UUID importId) {
    return ImportRunEntity.<ImportRunEntity>findByIdOptional(importId)
        .map(
            run ->
                new ImportReport(
                    run.id,
                    run.entity,
                    run.format,
                    run.profile,
                    false,
                    run.status,
                    run.rows,
                    run.accepted,
                    run.rejected,
                    run.created,
                    run.updated,
                    run.unchanged,
                    run.geocoded,
                    run.notGeocoded,
                    run.repeatedKeys,
                    run.quality,
                    run.failure,
                    firstErrors(importId)));
  }

  public Optional<RejectsHeading> findRejectsHeading(UUID importId) {
    return ImportRunEntity.<ImportRunEntity>findByIdOptional(importId)
        .map(run -> new RejectsHeading(run.format, run.originalHeader));
  }

  /** Streams every rejected row in row order, its errors joined, without loading them all. */
  public void forEachRejectedRow(UUID importId, RejectedRowSink sink) {
    jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select row_number, string_agg(coalesce(column_name, ''), ';' order by"
                      + " error_index), string_agg(reason, '; ' order by error_index),"
                      + " max(original) from import_reject where import_id = ?"
                      + " group by row_number order by row_number")) {
            select.setFetchSize(1000);
            select.setObject(1, importId);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                sink.accept(
                    rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4));
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          return null;
        });
  }

  private List<RowError> firstErrors(UUID importId) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select row_number, column_name, reason from import_reject where import_id = ?"
                      + " order by row_number, error_index limit ?")) {
            select.setObject(1, importId);
            select.setInt(2, RecordImport.REPORTED_ERRORS);
            List<RowError> errors = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                errors.add(new RowError(rows.getLong(1), rows.getString(2), rows.getString(3)));
              }
            }
            return errors;
          }
        });
  }
}
