package com.territoryplanner.kpi.repository;

import com.territoryplanner.kpi.domain.OpportunityFact;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes a batch of opportunity facts in a handful of set-based statements: a replay of a million
 * events is a few hundred transactions, not a million.
 */
@ApplicationScoped
public class OpportunityFacts {

  private final JdbcWork jdbc;
  private final DirtyMarks marks;

  OpportunityFacts(JdbcWork jdbc, DirtyMarks marks) {
    this.jdbc = jdbc;
    this.marks = marks;
  }

  /**
   * Records the facts' event ids, drops those seen before and, of the rest, keeps each
   * opportunity's newest; writes them unless the stored row is newer; marks dirty every account an
   * opportunity belonged to or belongs to now. In the caller's transaction.
   *
   * @return how many facts were new deliveries
   */
  public int write(List<OpportunityFact> facts) {
    if (facts.isEmpty()) {
      return 0;
    }
    Map<String, OpportunityFact> newest = new LinkedHashMap<>();
    Set<String> accounts = new HashSet<>();
    jdbc.run(
        connection -> {
          Set<UUID> fresh = firstDeliveries(connection, facts);
          for (OpportunityFact fact : facts) {
            if (fresh.remove(fact.eventId())) {
              newest.merge(
                  fact.id(), fact, (a, b) -> b.occurredAt().isBefore(a.occurredAt()) ? a : b);
            }
          }
          if (!newest.isEmpty()) {
            accounts.addAll(storedAccounts(connection, newest.keySet()));
          }
          return null;
        });
    if (newest.isEmpty()) {
      return 0;
    }
    newest.values().forEach(fact -> accounts.add(fact.accountId()));
    // marks first: the rollup job, holding a mark, never waits for rows this batch locked
    marks.markAccounts(accounts);
    List<OpportunityFact> upserts = new ArrayList<>();
    List<OpportunityFact> deletes = new ArrayList<>();
    newest.values().forEach(fact -> (fact.deleted() ? deletes : upserts).add(fact));
    List<UUID> deletedFrom =
        jdbc.run(
            connection -> {
              upsert(connection, upserts);
              return delete(connection, deletes);
            });
    if (!deletedFrom.isEmpty()) {
      marks.markTerritories(deletedFrom);
    }
    return newest.size();
  }

  private static Set<UUID> firstDeliveries(Connection connection, List<OpportunityFact> facts)
      throws SQLException {
    Set<UUID> fresh = new HashSet<>();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into processed_event (event_id, processed_at)"
                + " select distinct unnest(?::uuid[]), now() on conflict do nothing"
                + " returning event_id")) {
      insert.setArray(1, array(connection, "uuid", facts, OpportunityFact::eventId));
      try (ResultSet rows = insert.executeQuery()) {
        while (rows.next()) {
          fresh.add(rows.getObject(1, UUID.class));
        }
      }
    }
    return fresh;
  }

  private static List<String> storedAccounts(Connection connection, Collection<String> ids)
      throws SQLException {
    List<String> accounts = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select distinct account_id from opportunity where id = any(?)")) {
      select.setArray(1, connection.createArrayOf("text", ids.toArray()));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          accounts.add(rows.getString(1));
        }
      }
    }
    return accounts;
  }

  private static void upsert(Connection connection, List<OpportunityFact> facts)
      throws SQLException {
    if (facts.isEmpty()) {
      return;
    }
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "insert into opportunity (id, account_id, amount, currency, created_date, close_date,"
                + " closed, won, source_at, updated_at)"
                + " select f.*, now() from unnest(?::text[], ?::text[], ?::numeric[], ?::text[],"
                + " ?::date[], ?::date[], ?::boolean[], ?::boolean[], ?::timestamptz[])"
                + " f(id, account_id, amount, currency, created_date, close_date, closed, won,"
                + " source_at)"
                + " on conflict (id) do update set account_id = excluded.account_id,"
                + " amount = excluded.amount, currency = excluded.currency,"
                + " created_date = excluded.created_date, close_date = excluded.close_date,"
                + " closed = excluded.closed, won = excluded.won, source_at = excluded.source_at,"
                + " updated_at = excluded.updated_at"
                + " where opportunity.source_at <= excluded.source_at")) {
      upsert.setArray(1, array(connection, "text", facts, OpportunityFact::id));
      upsert.setArray(2, array(connection, "text", facts, OpportunityFact::accountId));
      upsert.setArray(3, array(connection, "numeric", facts, OpportunityFact::amount));
      upsert.setArray(4, array(connection, "text", facts, OpportunityFact::currency));
      upsert.setArray(5, array(connection, "text", facts, f -> text(f.createdDate())));
      upsert.setArray(6, array(connection, "text", facts, f -> text(f.closeDate())));
      upsert.setArray(7, array(connection, "boolean", facts, f -> f.closed() || f.won()));
      upsert.setArray(8, array(connection, "boolean", facts, OpportunityFact::won));
      upsert.setArray(9, array(connection, "text", facts, f -> f.occurredAt().toString()));
      upsert.executeUpdate();
    }
  }

  /** Deletes the facts' opportunities; answers the territories they were credited to. */
  private static List<UUID> delete(Connection connection, List<OpportunityFact> facts)
      throws SQLException {
    List<UUID> creditedTo = new ArrayList<>();
    if (facts.isEmpty()) {
      return creditedTo;
    }
    try (PreparedStatement delete =
        connection.prepareStatement(
            "delete from opportunity o using unnest(?::text[], ?::timestamptz[]) d(id, at)"
                + " where o.id = d.id and o.source_at <= d.at"
                + " returning o.credited_territory_id")) {
      delete.setArray(1, array(connection, "text", facts, OpportunityFact::id));
      delete.setArray(2, array(connection, "text", facts, f -> f.occurredAt().toString()));
      try (ResultSet rows = delete.executeQuery()) {
        while (rows.next()) {
          UUID territory = rows.getObject(1, UUID.class);
          if (territory != null) {
            creditedTo.add(territory);
          }
        }
      }
    }
    return creditedTo;
  }

  private static Array array(
      Connection connection,
      String type,
      List<OpportunityFact> facts,
      Function<OpportunityFact, Object> field)
      throws SQLException {
    return connection.createArrayOf(type, facts.stream().map(field).toArray());
  }

  private static String text(Object value) {
    return Objects.toString(value, null);
  }
}
