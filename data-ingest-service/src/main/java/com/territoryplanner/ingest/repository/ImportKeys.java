package com.territoryplanner.ingest.repository;

import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys an import has seen so far, in a temporary table of its transaction: a file of any size
 * is checked for repeated keys without holding them all in the service's memory.
 */
@ApplicationScoped
public class ImportKeys {

  private final JdbcWork jdbc;

  ImportKeys(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  /** For each key in order, whether it is its first appearance in the import. */
  public boolean[] claim(List<String> keys) {
    return jdbc.run(connection -> claim(connection, keys));
  }

  private static boolean[] claim(Connection connection, List<String> keys) throws SQLException {
    try (Statement create = connection.createStatement()) {
      create.execute(
          "create temporary table if not exists import_key (key text primary key)"
              + " on commit drop");
    }
    Set<String> fresh = new HashSet<>();
    try (PreparedStatement claim =
        connection.prepareStatement(
            "insert into import_key select distinct k from unnest(?::text[]) as k"
                + " on conflict do nothing returning key")) {
      claim.setArray(1, connection.createArrayOf("text", keys.toArray()));
      try (ResultSet rows = claim.executeQuery()) {
        while (rows.next()) {
          fresh.add(rows.getString(1));
        }
      }
    }
    boolean[] first = new boolean[keys.size()];
    for (int i = 0; i < first.length; i++) {
      // the first row with a fresh key takes it; later rows with the same key are repeats
      first[i] = fresh.remove(keys.get(i));
    }
    return first;
  }
}
