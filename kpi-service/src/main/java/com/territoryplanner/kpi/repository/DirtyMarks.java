package com.territoryplanner.kpi.repository;

import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What the rollup job has to look at again: accounts whose deals or owners changed (their deals are
 * credited again) and territories whose name changed. A mark is an upsert, so a job about to clear
 * it waits for the marking transaction and then sees its changes; marks of uncommitted transactions
 * are skipped and picked up next time.
 */
@ApplicationScoped
public class DirtyMarks {

  private final JdbcWork jdbc;

  DirtyMarks(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  /** Marks accounts in a sorted order, so that two marking transactions never deadlock. */
  public void markAccounts(Collection<String> accountIds) {
    jdbc.run(
        connection -> {
          try (PreparedStatement mark =
              connection.prepareStatement(
                  "insert into dirty_account (account_id, marked_at)"
                      + " select a, now() from unnest(?::text[]) a order by a"
                      + " on conflict (account_id) do update set marked_at = excluded.marked_at")) {
            mark.setArray(1, connection.createArrayOf("text", new TreeSet<>(accountIds).toArray()));
            return mark.executeUpdate();
          }
        });
  }

  /** Marks territories in a sorted order, so that two marking transactions never deadlock. */
  public void markTerritories(Collection<UUID> territoryIds) {
    jdbc.run(
        connection -> {
          try (PreparedStatement mark =
              connection.prepareStatement(
                  "insert into dirty_territory (territory_id, marked_at)"
                      + " select t, now() from unnest(?::uuid[]) t order by t"
                      + " on conflict (territory_id) do update set marked_at = excluded.marked_at")) {
            mark.setArray(
                1, connection.createArrayOf("uuid", new TreeSet<>(territoryIds).toArray()));
            return mark.executeUpdate();
          }
        });
  }

  /** Claims and clears up to {@code limit} account marks in the caller's transaction. */
  public List<String> claimAccounts(int limit) {
    return claim("dirty_account", "account_id", String.class, limit);
  }

  /** Claims and clears up to {@code limit} territory marks in the caller's transaction. */
  public List<UUID> claimTerritories(int limit) {
    return claim("dirty_territory", "territory_id", UUID.class, limit);
  }

  private <T> List<T> claim(String table, String column, Class<T> type, int limit) {
    return jdbc.run(
        connection -> {
          List<T> claimed = new ArrayList<>();
          try (PreparedStatement claim =
              connection.prepareStatement(
                  "delete from "
                      + table
                      + " where "
                      + column
                      + " in (select "
                      + column
                      + " from "
                      + table
                      + " order by marked_at limit ? for update skip locked)"
                      + " returning "
                      + column)) {
            claim.setInt(1, limit);
            try (ResultSet rows = claim.executeQuery()) {
              while (rows.next()) {
                claimed.add(rows.getObject(1, type));
              }
            }
          }
          return claimed;
        });
  }
}
