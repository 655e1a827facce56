package com.territoryplanner.platform.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Stream;

/** SQL arrays of values, for statements that take a batch as one array per column. */
public final class SqlArrays {

  private SqlArrays() {}

  /** One field of every row of a batch, in the batch's order. */
  public static <T> Array of(
      Connection connection, String type, Collection<T> rows, Function<T, Object> field)
      throws SQLException {
    return connection.createArrayOf(type, rows.stream().map(field).toArray());
  }

  public static Array of(Connection connection, String type, Stream<?> values) throws SQLException {
    return connection.createArrayOf(type, values.toArray());
  }
}
