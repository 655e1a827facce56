package com.territoryplanner.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Plain JDBC on the connection of the current transaction, for bulk statements (array parameters,
 * batches) that Hibernate would run row by row, and for aggregate queries; Hibernate's pending
 * changes are flushed first so both see the same data, in order. The short forms bind their
 * parameters in order ({@link #array} for an SQL array) and stream large results.
 */
@ApplicationScoped
public class JdbcWork {

  /** Statements to run on the transaction's connection. */
  public interface Work<R> {
    R run(Connection connection) throws SQLException;
  }

  /** Reads one row of a result. */
  public interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  /** Maps one row of a result to a value. */
  public interface RowMapper<R> {
    R map(ResultSet row) throws SQLException;
  }

  /** An SQL array parameter: its element type and values. */
  public record SqlArray(String type, Collection<?> values) {}

  /** Rows fetched per round trip, so that a large result streams. */
  public static final int FETCH_SIZE = 10_000;

  private final EntityManager entityManager;

  JdbcWork(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  public <R> R run(Work<R> work) {
    entityManager.flush();
    return entityManager.unwrap(Session.class).doReturningWork(work::run);
  }

  public static SqlArray array(String type, Collection<?> values) {
    return new SqlArray(type, values);
  }

  /** One field of every row of a batch, in the batch's order, as an SQL array parameter. */
  public static <T> SqlArray array(String type, Collection<T> rows, Function<T, ?> field) {
    return new SqlArray(type, rows.stream().map(field).toList());
  }

  /** Runs a query and hands each row to the reader. */
  public void query(String sql, RowReader reader, Object... parameters) {
    run(
        connection -> {
          try (PreparedStatement select = prepare(connection, sql, parameters)) {
            select.setFetchSize(FETCH_SIZE);
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                reader.read(row);
              }
            }
          }
          return null;
        });
  }

  /** Runs a query and maps every row. */
  public <R> List<R> list(String sql, RowMapper<R> mapper, Object... parameters) {
    List<R> rows = new ArrayList<>();
    query(sql, row -> rows.add(mapper.map(row)), parameters);
    return rows;
  }

  /** Runs a query and maps its first row, if any. */
  public <R> Optional<R> first(String sql, RowMapper<R> mapper, Object... parameters) {
    return run(
        connection -> {
          try (PreparedStatement select = prepare(connection, sql, parameters);
              ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.ofNullable(mapper.map(row)) : Optional.empty();
          }
        });
  }

  /**
   * Loads rows with {@code COPY ... FROM STDIN (FORMAT csv)}, PostgreSQL's fastest way in, on a
   * connection in hand.
   *
   * @param target the table and its columns, as COPY names them: {@code t (a, b)}
   * @param rows CSV lines, each field through {@link #appendCsvField}
   */
  public static void copyCsv(Connection connection, String target, CharSequence rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    CopyIn copy = startCopy(connection, target, "csv");
    try {
      byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
      copy.endCopy();
    } catch (SQLException | RuntimeException e) {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
      throw e;
    }
  }

  /**
   * A {@code COPY ... FROM STDIN (FORMAT binary)} left open on the transaction's connection, so
   * that PostgreSQL loads rows while the caller prepares the next ones. Nothing else may run on the
   * connection until it is ended.
   */
  public static final class BinaryCopy {
    private final CopyIn copy;

    private BinaryCopy(CopyIn copy) {
      this.copy = copy;
    }

    /** Sends rows. */
    public void write(BinaryCopyRows rows) {
      write(rows.bytes(), rows.length());
    }

    /** Ends the COPY: its rows are in the transaction, and the connection is free again. */
    public void end() {
      byte[] trailer = BinaryCopyRows.trailer();
      write(trailer, trailer.length);
      try {
        copy.endCopy();
      } catch (SQLException e) {
        throw new PersistenceException("COPY failed: " + e.getMessage(), e);
      }
    }

    /** Gives the COPY up after a failure elsewhere; the transaction is rolled back anyway. */
    public void cancel() {
      try {
        if (copy.isActive()) {
          copy.cancelCopy();
        }
      } catch (SQLException e) {
        // the rollback that follows discards the rows either way
      }
    }

    private void write(byte[] bytes, int length) {
      try {
        copy.writeToCopy(bytes, 0, length);
      } catch (SQLException e) {
        throw new PersistenceException("COPY failed: " + e.getMessage(), e);
      }
    }
  }

  /** Starts a {@link BinaryCopy} into the table and columns given, as COPY names them. */
  public BinaryCopy startCopyBinary(String target) {
    return run(
        connection -> {
          BinaryCopy copy = new BinaryCopy(startCopy(connection, target, "binary"));
          byte[] header = BinaryCopyRows.header();
          copy.write(header, header.length);
          return copy;
        });
  }

  private static CopyIn startCopy(Connection connection, String target, String format)
      throws SQLException {
    return connection
        .unwrap(PGConnection.class)
        .getCopyAPI()
        .copyIn("copy " + target + " from stdin (format " + format + ")");
  }

  /**
   * Appends a value as a CSV field for a COPY: quoted, so that it is never read as NULL, its quotes
   * doubled.
   */
  public static StringBuilder appendCsvField(StringBuilder lines, String value) {
    lines.append('"');
    int from = 0;
    for (int quote = value.indexOf('"'); quote >= 0; quote = value.indexOf('"', quote + 1)) {
      lines.append(value, from, quote + 1).append('"');
      from = quote + 1;
    }
    return lines.append(value, from, value.length()).append('"');
  }

  /** Runs an insert, update or delete; answers how many rows it changed. */
  public int update(String sql, Object... parameters) {
    return run(
        connection -> {
          try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
          }
        });
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < parameters.length; i++) {
        Object parameter = parameters[i];
        statement.setObject(
            i + 1,
            parameter instanceof SqlArray array
                ? connection.createArrayOf(array.type(), array.values().toArray())
                : parameter);
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }
}
