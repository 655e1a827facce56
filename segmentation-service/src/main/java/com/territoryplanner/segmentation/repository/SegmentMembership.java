package com.territoryplanner.segmentation.repository;

import com.territoryplanner.platform.persistence.JdbcWork;
import com.territoryplanner.segmentation.domain.AccountSegmentChange;
import com.territoryplanner.segmentation.domain.SizeTier;
import com.territoryplanner.segmentation.domain.tree.SegmentModel;
import com.territoryplanner.segmentation.domain.tree.SegmentTally;
import com.territoryplanner.segmentation.domain.tree.SegmentedAccount;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The segment each account got in each evaluated model version. An evaluation reads the accounts in
 * key order a chunk at a time, each with its stored membership, walks each down the model in Java
 * and writes back the memberships that changed: memory bounded by the chunk.
 */
@ApplicationScoped
public class SegmentMembership {

  static final int CHUNK = 50_000;

  private final JdbcWork jdbc;

  SegmentMembership(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Evaluates the model over every account into the tally and brings the version's memberships up
   * to date, writing only what changed: a re-evaluation after a day of account changes writes that
   * day's moves, not a million rows. Product lines (bought in the 24 months up to asOf) are read
   * only when the model asks for them.
   */
  public void evaluate(SegmentModel model, LocalDate asOf, SegmentTally tally) {
    jdbc.run(
        connection -> {
          String after = "";
          while (after != null) {
            after = evaluateChunk(connection, model, asOf, tally, after);
          }
          try (PreparedStatement gone =
              connection.prepareStatement(
                  "delete from segment_membership m where model_name = ? and model_version = ?"
                      + " and not exists (select 1 from account_segment s"
                      + " where s.account_id = m.account_id)")) {
            gone.setString(1, model.name());
            gone.setInt(2, model.version());
            gone.executeUpdate();
          }
          return null;
        });
  }

  /** Evaluates the accounts after the key; answers the last key, or null when there were none. */
  private static String evaluateChunk(
      Connection connection, SegmentModel model, LocalDate asOf, SegmentTally tally, String after)
      throws SQLException {
    List<SegmentedAccount> accounts = new ArrayList<>(CHUNK);
    List<String> types = new ArrayList<>(CHUNK);
    List<String> currencies = new ArrayList<>(CHUNK);
    try (PreparedStatement select =
        connection.prepareStatement(
            "select account_id, country, postal_code, latitude, longitude, naics, sic, employees,"
                + " annual_revenue, potential, currency, account_type from account_segment"
                + " where account_id > ? order by account_id limit ?")) {
      select.setString(1, after);
      select.setInt(2, CHUNK);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          accounts.add(
              new SegmentedAccount(
                  row.getString(1),
                  row.getString(2),
                  row.getString(3),
                  row.getObject(4, Double.class),
                  row.getObject(5, Double.class),
                  row.getString(6),
                  row.getString(7),
                  row.getObject(8, Integer.class),
                  row.getBigDecimal(9),
                  row.getBigDecimal(10),
                  Set.of()));
          currencies.add(row.getString(11));
          types.add(row.getString(12));
        }
      }
    }
    if (accounts.isEmpty()) {
      return null;
    }
    String last = accounts.get(accounts.size() - 1).accountId();
    Map<String, Set<String>> productLines =
        model.usesProductLines() ? productLines(connection, after, last, asOf) : Map.of();
    Map<String, String> stored = stored(connection, model, after, last);
    StringBuilder added = new StringBuilder();
    List<String> movedAccounts = new ArrayList<>();
    List<String> movedTo = new ArrayList<>();
    for (int i = 0; i < accounts.size(); i++) {
      SegmentedAccount account = accounts.get(i);
      Set<String> lines = productLines.get(account.accountId());
      if (lines != null) {
        account = account.withProductLines(lines);
      }
      String segment = tally.account(account, isCustomer(types.get(i)), currencies.get(i));
      String before = stored.get(account.accountId());
      if (before == null) {
        JdbcWork.appendCsvField(added, model.name()).append(',').append(model.version());
        JdbcWork.appendCsvField(added.append(','), account.accountId()).append(',');
        JdbcWork.appendCsvField(added, segment).append('\n');
      } else if (!before.equals(segment)) {
        movedAccounts.add(account.accountId());
        movedTo.add(segment);
      }
    }
    copy(connection, added);
    move(connection, model, movedAccounts, movedTo);
    return last;
  }

  /** The chunk's memberships in the version as stored: account to segment. */
  private static Map<String, String> stored(
      Connection connection, SegmentModel model, String after, String last) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select account_id, segment from segment_membership where model_name = ?"
                + " and model_version = ? and account_id > ? and account_id <= ?")) {
      select.setString(1, model.name());
      select.setInt(2, model.version());
      select.setString(3, after);
      select.setString(4, last);
      Map<String, String> stored = new HashMap<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          stored.put(row.getString(1), row.getString(2));
        }
      }
      return stored;
    }
  }

  /** Adds new memberships by COPY (the evaluation holds the version's lock: no one else adds). */
  private static void copy(Connection connection, StringBuilder rows) throws SQLException {
    JdbcWork.copyCsv(
        connection, "segment_membership (model_name, model_version, account_id, segment)", rows);
  }

  /** Moves the chunk's accounts whose segment changed, in one statement. */
  private static void move(
      Connection connection, SegmentModel model, List<String> accounts, List<String> segments)
      throws SQLException {
    if (accounts.isEmpty()) {
      return;
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "update segment_membership s set segment = m.segment"
                + " from unnest(?::text[], ?::text[]) as m(account_id, segment)"
                + " where s.model_name = ? and s.model_version = ? and s.account_id = m.account_id")) {
      update.setArray(1, connection.createArrayOf("text", accounts.toArray()));
      update.setArray(2, connection.createArrayOf("text", segments.toArray()));
      update.setString(3, model.name());
      update.setInt(4, model.version());
      update.executeUpdate();
    }
  }

  private static Map<String, Set<String>> productLines(
      Connection connection, String after, String last, LocalDate asOf) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select account_id, array_agg(distinct product_line) from revenue_fact"
                + " where account_id > ? and account_id <= ? and product_line is not null"
                + " and line_date <= ? and line_date > ? group by account_id")) {
      select.setString(1, after);
      select.setString(2, last);
      select.setObject(3, asOf);
      select.setObject(4, asOf.minusMonths(24));
      Map<String, Set<String>> lines = new HashMap<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          Array array = row.getArray(2);
          lines.put(row.getString(1), Set.of((String[]) array.getArray()));
        }
      }
      return lines;
    }
  }

  /**
   * Gives every account the segment its membership in the model holds and hands those whose segment
   * changed to the publisher, a batch at a time; the others just record the new model.
   */
  public void adopt(
      SegmentModel model, Instant at, Consumer<List<AccountSegmentChange>> publisher) {
    jdbc.run(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "update account_segment s set segment = m.segment, segment_model = ?,"
                      + " updated_at = ? from segment_membership m"
                      + " where m.model_name = ? and m.model_version = ?"
                      + " and m.account_id = s.account_id and s.segment is distinct from m.segment"
                      + " returning s.account_id, s.potential, s.currency, s.size_tier,"
                      + " s.model_version, s.segment")) {
            update.setString(1, model.versionTag());
            update.setTimestamp(2, Timestamp.from(at));
            update.setString(3, model.name());
            update.setInt(4, model.version());
            update.setFetchSize(JdbcWork.FETCH_SIZE);
            List<AccountSegmentChange> batch = new ArrayList<>();
            try (ResultSet row = update.executeQuery()) {
              while (row.next()) {
                batch.add(
                    new AccountSegmentChange(
                        row.getString(1),
                        row.getBigDecimal(2),
                        row.getString(3),
                        SizeTier.valueOf(row.getString(4)),
                        row.getString(5),
                        row.getString(6),
                        model.versionTag(),
                        at));
                if (batch.size() == JdbcWork.FETCH_SIZE) {
                  publisher.accept(List.copyOf(batch));
                  batch.clear();
                }
              }
            }
            publisher.accept(batch);
          }
          try (PreparedStatement unchanged =
              connection.prepareStatement(
                  "update account_segment set segment_model = ?"
                      + " where segment_model is distinct from ?")) {
            unchanged.setString(1, model.versionTag());
            unchanged.setString(2, model.versionTag());
            unchanged.executeUpdate();
          }
          return null;
        });
  }

  /** The CRM's account type says customer (Customer, Customer - Direct, ...). */
  public static boolean isCustomer(String accountType) {
    return accountType != null && accountType.toLowerCase(Locale.ROOT).startsWith("customer");
  }
}
