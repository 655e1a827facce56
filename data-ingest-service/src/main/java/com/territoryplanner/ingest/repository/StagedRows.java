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

  private final JdbcWork jdbc;

  StagedRows(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  public void stage(UUID importId, List<StagedRow> rows) {
    StringBuilder copy = new StringBuilder(rows.size() * 200);
    String id = importId.toString();
    for (StagedRow row : rows) {
      copy.append(id).append(',').append(row.number()).append(',');
      copy.append(JdbcWork.csvField(row.key())).append(',');
      copy.append(JdbcWork.csvField(row.original())).append('\n');
    }
    jdbc.copyCsv("import_staged_row (import_id, row_number, record_key, original)", copy);
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

  /** The next rows to apply, in file order. */
  public List<StagedRow> next(UUID importId, int limit) {
    return jdbc.list(
        "select row_number, record_key, original from import_staged_row where import_id = ?"
            + " order by row_number limit ?",
        row -> new StagedRow(row.getLong(1), row.getString(2), row.getString(3)),
        importId,
        limit);
  }

  public void remove(UUID importId, long throughRow) {
    jdbc.update(
        "delete from import_staged_row where import_id = ? and row_number <= ?",
        importId,
        throughRow);
  }
}
