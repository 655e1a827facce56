package com.territoryplanner.ingest.repository;

import static org.assertj.core.api.Assertions.assertThat;

import com.territoryplanner.testsupport.RealInfrastructure;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V17 moves the rows that staged imports left waiting at the upgrade into batches, on the real
 * database: a service upgraded in the middle of an apply must go on with every row, once, in order.
 * Migrated in a schema of its own, beside the one the service tests use.
 */
class StagedBatchMigrationTest {

  private static final String SCHEMA = "ingest_v17_check";

  @Test
  void rowsStagedBeforeTheUpgradeWaitAsBatchesOfAThousandInFileOrder() throws SQLException {
    UUID large = UUID.randomUUID();
    UUID small = UUID.randomUUID();
    // rejected rows leave gaps in the numbers: every third row of the large import
    long[] largeRows = LongStream.rangeClosed(2, 3_751).filter(n -> n % 3 != 0).toArray();
    long[] smallRows = {7, 2, 5};

    try (Connection connection = connect();
        Statement drop = connection.createStatement()) {
      drop.execute("drop schema if exists " + SCHEMA + " cascade");
    }
    migrate("16");
    try (Connection connection = connect()) {
      stageRows(connection, large, largeRows);
      stageRows(connection, small, smallRows);
    }
    migrate(null);

    try (Connection connection = connect()) {
      List<Batch> largeBatches = batches(connection, large);
      assertThat(largeBatches).extracting(Batch::size).containsExactly(1_000, 1_000, 500);
      assertThat(largeBatches.stream().flatMapToLong(b -> Arrays.stream(b.rowNumbers())).toArray())
          .containsExactly(largeRows);
      for (Batch batch : largeBatches) {
        assertThat(batch.firstRow()).isEqualTo(batch.rowNumbers()[0]);
        assertRowsKept(batch);
      }
      List<Batch> smallBatches = batches(connection, small);
      assertThat(smallBatches).hasSize(1);
      assertThat(smallBatches.get(0).rowNumbers()).containsExactly(2, 5, 7);
      assertRowsKept(smallBatches.get(0));
      assertThat(tableExists(connection, "import_staged_row")).isFalse();
    }
  }

  /** Each row's key and original text went with its number. */
  private static void assertRowsKept(Batch batch) {
    for (int i = 0; i < batch.size(); i++) {
      long row = batch.rowNumbers()[i];
      assertThat(batch.recordKeys()[i]).isEqualTo("key-" + row);
      assertThat(batch.originals()[i]).isEqualTo("id-" + row + ",\"Name, " + row + "\"");
    }
  }

  private static void migrate(String target) {
    var config =
        Flyway.configure()
            .dataSource(RealInfrastructure.jdbcUrl(), "postgres", "postgres")
            .schemas(SCHEMA)
            .defaultSchema(SCHEMA)
            .locations("classpath:db/platform", "classpath:db/migration");
    if (target != null) {
      config.target(target);
    }
    config.load().migrate();
  }

  private static Connection connect() throws SQLException {
    Connection connection =
        DriverManager.getConnection(RealInfrastructure.jdbcUrl(), "postgres", "postgres");
    connection.setSchema(SCHEMA);
    return connection;
  }

  private static void stageRows(Connection connection, UUID importId, long[] rows)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into import_staged_row (import_id, row_number, record_key, original)"
                + " values (?, ?, ?, ?)")) {
      for (long row : rows) {
        insert.setObject(1, importId);
        insert.setLong(2, row);
        insert.setString(3, "key-" + row);
        insert.setString(4, "id-" + row + ",\"Name, " + row + "\"");
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private record Batch(long firstRow, long[] rowNumbers, String[] recordKeys, String[] originals) {
    int size() {
      return rowNumbers.length;
    }
  }

  private static List<Batch> batches(Connection connection, UUID importId) throws SQLException {
    List<Batch> batches = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select first_row, row_numbers, record_keys, originals from import_staged_batch"
                + " where import_id = ? order by first_row")) {
      select.setObject(1, importId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          batches.add(
              new Batch(
                  row.getLong(1),
                  Arrays.stream((Long[]) array(row, 2)).mapToLong(Long::longValue).toArray(),
                  (String[]) array(row, 3),
                  (String[]) array(row, 4)));
        }
      }
    }
    return batches;
  }

  private static Object array(ResultSet row, int column) throws SQLException {
    Array array = row.getArray(column);
    return array.getArray();
  }

  private static boolean tableExists(Connection connection, String table) throws SQLException {
    try (Statement query = connection.createStatement();
        ResultSet row =
            query.executeQuery("select to_regclass('" + SCHEMA + "." + table + "') is not null")) {
      row.next();
      return row.getBoolean(1);
    }
  }
}
