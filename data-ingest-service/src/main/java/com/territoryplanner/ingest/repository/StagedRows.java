package com.territoryplanner.ingest.repository;

import com.territoryplanner.platform.persistence.BinaryCopyRows;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The accepted rows of a staged import, as they stood in the file, waiting to be applied; kept as
 * the batches they were read in, one tuple each. Each batch is deleted in the transaction that
 * applies it, so none is applied twice or lost.
 */
@ApplicationScoped
public class StagedRows {

  /** One accepted row: its number in the file, its record's key, its original text. */
  public record StagedRow(long number, String key, String original) {}

  /** A batch of staged rows, in file order, known by its first row staged. */
  public record StagedBatch(long firstRow, List<StagedRow> rows) {}

  public static final String TABLE = "import_staged_batch";

  private final JdbcWork jdbc;

  StagedRows(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  /** Stages the rows of one import, batch by batch. */
  public Stager stager(UUID importId) {
    return new Stager(importId);
  }

  /**
   * Stages batches through one COPY for as long as nothing else needs the connection: PostgreSQL
   * loads a batch while the import reads the next. {@link #pause} ends the COPY; the next batch
   * starts another.
   */
  public final class Stager {
    private final UUID importId;
    // one batch's bytes at a time, its room kept for the next
    private final BinaryCopyRows batch = new BinaryCopyRows(256 * 1024);
    private JdbcWork.BinaryCopy copy;

    private Stager(UUID importId) {
      this.importId = importId;
    }

    /** Stages one batch of rows, in file order. */
    public void stage(List<StagedRow> rows) {
      if (rows.isEmpty()) {
        return;
      }
      long[] numbers = new long[rows.size()];
      for (int i = 0; i < numbers.length; i++) {
        numbers[i] = rows.get(i).number();
      }
      batch
          .clear()
          .row(5)
          .uuid(importId)
          .int8(numbers[0])
          .int8Array(numbers)
          .textArray(rows.stream().map(StagedRow::key).toList())
          .textArray(rows.stream().map(StagedRow::original).toList());
      if (copy == null) {
        copy =
            jdbc.startCopyBinary(
                TABLE + " (import_id, first_row, row_numbers, record_keys, originals)");
      }
      copy.write(batch);
    }

    /** Ends the COPY under way, if any, so that the connection can run other statements. */
    public void pause() {
      if (copy != null) {
        JdbcWork.BinaryCopy ending = copy;
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
   * as an import applied at once does), with the column and reason given, and takes it out of its
   * batch (a batch left empty goes); answers how many. Only the batches holding such a row are read
   * whole.
   */
  public int rejectRepeatedKeys(UUID importId, String column, String reason) {
    return jdbc.first(
            "with keyed as (select b.first_row, u.n, row_number() over (partition by u.k"
                + " order by u.n) as nth from import_staged_batch b"
                + " cross join unnest(b.row_numbers, b.record_keys) as u(n, k)"
                + " where b.import_id = ?),"
                + " repeated as (select first_row, n from keyed where nth > 1),"
                + " affected as (select b.first_row, u.n, u.k, u.o,"
                + " u.n in (select n from repeated) as repeats from import_staged_batch b"
                + " cross join unnest(b.row_numbers, b.record_keys, b.originals) as u(n, k, o)"
                + " where b.import_id = ? and b.first_row in (select first_row from repeated)),"
                + " rejected as (insert into import_reject"
                + " (import_id, row_number, error_index, column_name, reason, original)"
                + " select ?, n, 0, ?, ?, o from affected where repeats returning 1),"
                + " kept as (select first_row, array_agg(n order by n) as n,"
                + " array_agg(k order by n) as k, array_agg(o order by n) as o"
                + " from affected where not repeats group by first_row),"
                + " emptied as (delete from import_staged_batch b where b.import_id = ?"
                + " and b.first_row in (select first_row from repeated)"
                + " and b.first_row not in (select first_row from kept) returning 1),"
                + " rewritten as (update import_staged_batch b"
                + " set row_numbers = kept.n, record_keys = kept.k, originals = kept.o from kept"
                + " where b.import_id = ? and b.first_row = kept.first_row returning 1)"
                + " select count(*) from rejected",
            row -> row.getInt(1),
            importId,
            importId,
            importId,
            column,
            reason,
            importId,
            importId)
        .orElseThrow();
  }

  /**
   * Claims the next batch to apply, in file order, after the batch given by its first row, skipping
   * those another transaction holds: each worker applying the import gets batches of its own,
   * locked until its transaction ends. Bounded below, so that the index scan starts past the
   * batches applied and deleted before, not through their dead entries.
   */
  public Optional<StagedBatch> claim(UUID importId, long afterFirstRow) {
    List<BatchRow> rows =
        jdbc.list(
            "select b.first_row, u.n, u.k, u.o from (select first_row, row_numbers, record_keys,"
                + " originals from import_staged_batch where import_id = ? and first_row > ?"
                + " order by first_row limit 1 for update skip locked) b"
                + " cross join unnest(b.row_numbers, b.record_keys, b.originals) as u(n, k, o)"
                + " order by u.n",
            row ->
                new BatchRow(
                    row.getLong(1),
                    new StagedRow(row.getLong(2), row.getString(3), row.getString(4))),
            importId,
            afterFirstRow);
    return rows.isEmpty()
        ? Optional.empty()
        : Optional.of(
            new StagedBatch(rows.get(0).firstRow(), rows.stream().map(BatchRow::row).toList()));
  }

  /** A row as a claim reads it, with its batch. */
  private record BatchRow(long firstRow, StagedRow row) {}

  /** Whether any row of the import is still staged, held by another transaction or not. */
  public boolean anyStaged(UUID importId) {
    return jdbc.first(
            "select 1 from import_staged_batch where import_id = ? limit 1", row -> true, importId)
        .isPresent();
  }

  /** How many staged rows were let go, and the first of them (0 when none were left). */
  public record Removed(long rows, long firstRow) {}

  /** Lets go of every row of an import still staged. */
  public Removed removeAll(UUID importId) {
    return jdbc.first(
            "with gone as (delete from import_staged_batch where import_id = ?"
                + " returning row_numbers)"
                + " select coalesce(sum(cardinality(row_numbers)), 0),"
                + " coalesce(min(row_numbers[1]), 0) from gone",
            row -> new Removed(row.getLong(1), row.getLong(2)),
            importId)
        .orElseThrow();
  }

  /** Removes an applied batch. */
  public void remove(UUID importId, StagedBatch batch) {
    jdbc.update(
        "delete from import_staged_batch where import_id = ? and first_row = ?",
        importId,
        batch.firstRow());
  }
}
