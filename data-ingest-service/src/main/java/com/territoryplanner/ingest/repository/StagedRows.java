package com.territoryplanner.ingest.repository;

import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The accepted rows of a staged import, as they stood in the file, waiting to be applied. Each
 * batch of them is deleted in the transaction that applies it, so none is applied twice or lost.
 */
@ApplicationScoped
public class StagedRows {

  /** One accepted row: its number in the file, its record's key, its original text. */
  public record StagedRow(long number, String key, String original) {}

  public static final String TABLE = "import_staged_row";

  private final JdbcWork jdbc;

  StagedRows(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  /** Stages the rows of one import, batch by batch. */
  public Stager stager(UUID importId) {
    return new Stager(importId.toString());
  }

  /**
   * Stages rows through one COPY for as long as nothing else needs the connection: PostgreSQL loads
   * a batch while the import reads the next. {@link #pause} ends the COPY; the next batch starts
   * another.
   */
  public final class Stager {
    private final String importId;
    private JdbcWork.CsvCopy copy;

    private Stager(String importId) {
      this.importId = importId;
    }

    public void stage(List<StagedRow> rows) {
      StringBuilder lines = new StringBuilder(rows.size() * 200);
      for (StagedRow row : rows) {
        lines.append(importId).append(',').append(row.number()).append(',');
        JdbcWork.appendCsvField(lines, row.key()).append(',');
        JdbcWork.appendCsvField(lines, row.original()).append('\n');
      }
      if (copy == null) {
        copy = jdbc.startCopyCsv(TABLE + " (import_id, row_number, record_key, original)");
      }
      copy.write(lines);
    }

    /** Ends the COPY under way, if any, so that the connection can run other statements. */
    public void pause() {
      if (copy != null) {
        JdbcWork.CsvCopy ending = copy;
        copy = null;
        ending.end();
      }
    }

    /** Gives up the COPY under way after a failure; the transaction rolls back. */
    public void abandon() {
      if (copy != null) {
        copy.cancel();
        copy = null;
      }
    }
  }

  /**
   * Rejects every staged row whose key an earlier row of the import has (the first one is applied,
   * as an import applied at once does), with the column and reason given; answers how many.
   */
  public int rejectRepeatedKeys(UUID importId, String column, String reason) {
    return jdbc.update(
        "with repeated as (delete from import_staged_row s using (select row_number from"
            + " (select row_number, row_number() over (partition by record_key order by"
            + " row_number) as nth from import_staged_row where import_id = ?) k where nth > 1) r"
            + " where s.import_id = ? and s.row_number = r.row_number"
            + " returning s.row_number, s.original)"
            + " insert into import_reject"
            + " (import_id, row_number, error_index, column_name, reason, original)"
            + " select ?, row_number, 0, ?, ?, original from repeated",
        importId,
        importId,
        importId,
        column,
        reason);
  }

  /**
   * Claims the next rows to apply, in file order, after the given row, skipping those another
   * transaction holds: each worker applying the import gets rows of its own, locked until its
   * transaction ends. Bounded below, so that the index scan starts past the rows applied and
   * deleted before, not through their dead entries.
   */
  public List<StagedRow> claim(UUID importId, long afterRow, int limit) {
    return jdbc.list(
        "select row_number, record_key, original from import_staged_row where import_id = ?"
            + " and row_number > ? order by row_number limit ? for update skip locked",
        row -> new StagedRow(row.getLong(1), row.getString(2), row.getString(3)),
        importId,
        afterRow,
        limit);
  }

  /** Whether any row of the import is still staged, held by another transaction or not. */
  public boolean anyStaged(UUID importId) {
    return !jdbc.list(
            "select 1 from import_staged_row where import_id = ? limit 1", row -> true, importId)
        .isEmpty();
  }

  /** How many staged rows were let go, and the first of them (0 when none were left). */
  public record Removed(long rows, long firstRow) {}

  /** Lets go of every row of an import still staged. */
  public Removed removeAll(UUID importId) {
    return jdbc.list(
            "with gone as (delete from import_staged_row where import_id = ? returning row_number)"
                + " select count(*), coalesce(min(row_number), 0) from gone",
            row -> new Removed(row.getLong(1), row.getLong(2)),
            importId)
        .get(0);
  }

  /** Removes the applied rows of one batch. */
  public void remove(UUID importId, List<StagedRow> batch) {
    jdbc.update(
        "delete from import_staged_row where import_id = ? and row_number = any(?)",
        importId,
        JdbcWork.array("int8", batch, StagedRow::number));
  }
}
