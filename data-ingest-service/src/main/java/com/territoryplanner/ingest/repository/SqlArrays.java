package com.territoryplanner.ingest.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;

/** SQL arrays of values, for statements that take a batch as one array per column. */
final class SqlArrays {

  private SqlArrays() {}

  static Array of(Connection connection, String type, Stream<?> values) throws SQLException {
    return connection.createArrayOf(type, values.toArray());
  }
}
