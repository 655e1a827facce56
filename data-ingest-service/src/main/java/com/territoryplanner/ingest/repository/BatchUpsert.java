package com.territoryplanner.ingest.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Upserts a batch of records into one table in a single statement: the batch travels as one text
 * array per column, and a row is written only when a value differs from the stored one, so a record
 * that did not change is not touched. This is what lets an import keep pace with {@code COPY}.
 */
public final class BatchUpsert<T> {

  /** A column, its SQL type and how to read its value from a record (null for SQL null). */
  record Column<T>(String name, String type, Function<T, Object> value) {}

  private final List<Column<T>> columns;
  private final boolean keyedBySource;
  private final String sql;

  /**
   * The first column is the key; {@code keyedBySource} when the table's key is the source with that
   * column (each source's records apart), else that column alone. Every table also has {@code
   * source} and {@code updated_at}.
   */
  BatchUpsert(String table, boolean keyedBySource, List<Column<T>> columns) {
    this.columns = columns;
    this.keyedBySource = keyedBySource;
    String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
    String key = columns.get(0).name();
    List<Column<T>> values = columns.subList(1, columns.size());
    sql =
        "insert into "
            + table
            + " as t ("
            + names
            + ", source, updated_at) select "
            + columns.stream()
                .map(c -> "u." + c.name() + "::" + c.type())
                .collect(Collectors.joining(", "))
            + ", ?, ? from unnest("
            + columns.stream().map(c -> "?::text[]").collect(Collectors.joining(", "))
            + ") as u("
            + names
            // rows equal to the stored ones are skipped here, before ON CONFLICT would lock them
            + ") where not exists (select 1 from "
            + table
            + " s where s."
            + key
            + " = u."
            + key
            + (keyedBySource ? " and s.source = ?" : "")
            + " and ("
            + values.stream().map(c -> "s." + c.name()).collect(Collectors.joining(", "))
            + ") is not distinct from ("
            + values.stream()
                .map(c -> "u." + c.name() + "::" + c.type())
                .collect(Collectors.joining(", "))
            + ")) on conflict ("
            + (keyedBySource ? "source, " : "")
            + key
            + ") do update set "
            + values.stream()
                .map(c -> c.name() + " = excluded." + c.name())
                .collect(Collectors.joining(", "))
            + ", source = excluded.source, updated_at = excluded.updated_at where ("
            + values.stream().map(c -> "t." + c.name()).collect(Collectors.joining(", "))
            + ") is distinct from ("
            + values.stream().map(c -> "excluded." + c.name()).collect(Collectors.joining(", "))
            + ") returning t."
            + key
            + ", (t.xmax = 0)";
  }

  /**
   * Writes the records (their keys must be distinct) and answers, for each key that was written,
   * whether it was created (true) or updated (false); keys missing from the answer were unchanged.
   */
  Map<String, Boolean> upsert(
      Connection connection, List<T> records, String source, OffsetDateTime at)
      throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement(sql)) {
      upsert.setString(1, source);
      upsert.setObject(2, at);
      for (int c = 0; c < columns.size(); c++) {
        Function<T, Object> value = columns.get(c).value();
        String[] texts = new String[records.size()];
        for (int r = 0; r < texts.length; r++) {
          Object v = value.apply(records.get(r));
          texts[r] = v == null ? null : v.toString();
        }
        upsert.setArray(c + 3, connection.createArrayOf("text", texts));
      }
      if (keyedBySource) {
        upsert.setString(columns.size() + 3, source);
      }
      Map<String, Boolean> written = new HashMap<>();
      try (ResultSet rows = upsert.executeQuery()) {
        while (rows.next()) {
          written.put(rows.getString(1), rows.getBoolean(2));
        }
      }
      return written;
    }
  }
}
