package com.territoryplanner.kpi.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/** One field of every row of a batch as a SQL array, for statements that unnest batches. */
final class SqlArrays {

  private SqlArrays() {}

  static <T> Array of(Connection connection, String type, List<T> rows, Function<T, Object> field)
      throws SQLException {
    return connection.createArrayOf(type, rows.stream().map(field).toArray());
  }
}
