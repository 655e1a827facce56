package com.territoryplanner.ingest.repository;

import com.territoryplanner.ingest.repository.BatchUpsert.Column;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A table of one kind of source record, keyed by source and id: how a batch is written and, for
 * records that refer to an account, how they are read back by that account.
 */
public final class SourceTable<T> {

  /** Reads the record on the result set's current row. */
  interface RowRead<T> {
    T read(ResultSet row) throws SQLException;
  }

  private final String name;
  final BatchUpsert<T> upsert;
  final String selectByAccount;
  final RowRead<T> read;

  /** {@code accountColumn} names the column that refers to an account, or is null. */
  SourceTable(String table, String accountColumn, List<Column<T>> columns, RowRead<T> read) {
    this.name = table;
    this.upsert = new BatchUpsert<>(table, true, columns);
    this.selectByAccount =
        accountColumn == null
            ? null
            : "select * from "
                + table
                + " where source = ? and "
                + accountColumn
                + " = ?"
                + " order by id";
    this.read = read;
  }

  public String name() {
    return name;
  }
}
