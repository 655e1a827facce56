package com.territoryplanner.ingest.repository;

import com.territoryplanner.ingest.domain.AccountLink;
import com.territoryplanner.ingest.domain.AccountRecord;
import com.territoryplanner.ingest.domain.LinkRule;
import com.territoryplanner.ingest.domain.LinkedRecord;
import com.territoryplanner.ingest.domain.MatchCandidates;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Golden accounts and the links of source records to them. */
@ApplicationScoped
public class GoldenAccountRepository {

  public static final String GOLDEN_TABLE = "golden_account";
  public static final String LINK_TABLE = "account_link";

  private static final BatchUpsert<AccountRecord> UPSERT =
      new BatchUpsert<>(GOLDEN_TABLE, false, AccountTable.FIELDS);

  /** Written records with the golden account each is linked to (y), or null when none yet. */
  private static final String WRITTEN =
      "select n.id, n.same_as, x.golden_id, n.web_domain, n.name_key, y.golden_id"
          + " from unnest(?::text[]) with ordinality as k(id, ord)"
          + " join source_account n on n.source = ? and n.id = k.id"
          + " left join account_link x on x.source = split_part(n.same_as, ':', 1)"
          + " and x.external_id = substr(n.same_as, strpos(n.same_as, ':') + 1)"
          + " left join account_link y on y.source = n.source and y.external_id = n.id"
          + " order by k.ord";

  /**
   * Reading stops after this many records per key: a key that common (a mail provider's domain)
   * spreads over several golden accounts, and so links to none.
   */
  private static final int RECORDS_PER_KEY = 21;

  private static final String SHARING =
      "select d.key, c.golden_id from unnest(?::text[]) as d(key) cross join lateral"
          + " (select l.golden_id from source_account o join account_link l"
          + " on l.source = o.source and l.external_id = o.id where o.%s = d.key limit "
          + RECORDS_PER_KEY
          + ") c";

  private static final String LINKED_RECORDS =
      "select l.golden_id, l.rule, l.evidence, l.manual, l.linked_at, s.*"
          + " from account_link l join source_account s"
          + " on s.source = l.source and s.id = l.external_id where ";

  private final JdbcWork jdbc;

  GoldenAccountRepository(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records of a source just written: the golden accounts of those linked before, which change with
   * them, and those with no link yet, in order, with their candidates.
   */
  public record WrittenRecords(Set<String> linkedGoldens, List<MatchCandidates> unlinked) {}

  /**
   * Reads the links and candidates of these records just written, and locks every golden account
   * among them until the transaction ends: those linked and the candidates together, in one
   * statement in id order, so that two transactions writing records never hold one account each
   * while waiting for the other's. Each query is a handful of index lookups per record, whatever
   * the table statistics say: an import runs in one transaction, so the planner's statistics lag
   * far behind the rows it has written.
   */
  public WrittenRecords written(String source, List<String> externalIds) {
    return jdbc.run(
        connection -> {
          Set<String> linkedGoldens = new LinkedHashSet<>();
          List<Unlinked> records = new ArrayList<>();
          try (PreparedStatement select = connection.prepareStatement(WRITTEN)) {
            select.setArray(1, connection.createArrayOf("text", externalIds.toArray()));
            select.setString(2, source);
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                String linkedTo = row.getString(6);
                if (linkedTo != null) {
                  linkedGoldens.add(linkedTo);
                } else {
                  records.add(
                      new Unlinked(
                          row.getString(1),
                          row.getString(2),
                          row.getString(3),
                          row.getString(4),
                          row.getString(5)));
                }
              }
            }
          }
          Map<String, Set<String>> byDomain =
              sharing(connection, "web_domain", records.stream().map(Unlinked::webDomain));
          Map<String, Set<String>> byName =
              sharing(connection, "name_key", records.stream().map(Unlinked::nameKey));
          Set<String> all = new HashSet<>();
          byDomain.values().forEach(all::addAll);
          byName.values().forEach(all::addAll);
          Set<String> locked = new HashSet<>(all);
          locked.addAll(linkedGoldens);
          lockInIdOrder(connection, locked);
          Set<String> holding = holding(connection, source, all);
          List<MatchCandidates> candidates = new ArrayList<>(records.size());
          for (Unlinked r : records) {
            candidates.add(
                new MatchCandidates(
                    r.id(),
                    r.sameAs(),
                    r.sameAsGolden(),
                    r.webDomain(),
                    open(byDomain.get(r.webDomain()), holding),
                    r.nameKey(),
                    open(byName.get(r.nameKey()), holding)));
          }
          return new WrittenRecords(linkedGoldens, candidates);
        });
  }

  /** A record without a link, with its match keys. */
  private record Unlinked(
      String id, String sameAs, String sameAsGolden, String webDomain, String nameKey) {}

  /** For each of these keys (nulls skipped) of a column, the golden accounts sharing it. */
  private static Map<String, Set<String>> sharing(
      Connection connection, String column, Stream<String> keyValues) throws SQLException {
    Object[] keys = keyValues.filter(Objects::nonNull).distinct().toArray();
    Map<String, Set<String>> goldens = new HashMap<>();
    if (keys.length == 0) {
      return goldens;
    }
    try (PreparedStatement select = connection.prepareStatement(SHARING.formatted(column))) {
      select.setArray(1, connection.createArrayOf("text", keys));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          goldens.computeIfAbsent(row.getString(1), k -> new HashSet<>()).add(row.getString(2));
        }
      }
    }
    return goldens;
  }

  /**
   * Locks these golden accounts until the transaction ends, as {@link #written} does: before their
   * records are read again to merge them, so that a merge reads what another transaction merging
   * the same account committed.
   */
  public void lock(Collection<String> goldenIds) {
    jdbc.run(
        connection -> {
          lockInIdOrder(connection, goldenIds);
          return null;
        });
  }

  /**
   * Locks these golden accounts until the transaction ends, in id order so that two transactions
   * cannot wait for each other here. Read after the lock, which of them hold a record of the source
   * includes what another transaction linked to them meanwhile: two transactions of one source
   * cannot link two of its records to one golden account.
   */
  private static void lockInIdOrder(Connection connection, Collection<String> goldenIds)
      throws SQLException {
    if (goldenIds.isEmpty()) {
      return;
    }
    try (PreparedStatement lock =
        connection.prepareStatement(
            "select id from golden_account where id = any(?) order by id for update")) {
      lock.setArray(1, connection.createArrayOf("text", goldenIds.toArray()));
      lock.executeQuery().close();
    }
  }

  /** The golden accounts among these that hold a record of the source. */
  private static Set<String> holding(Connection connection, String source, Set<String> goldenIds)
      throws SQLException {
    Set<String> holding = new HashSet<>();
    if (goldenIds.isEmpty()) {
      return holding;
    }
    try (PreparedStatement select =
        connection.prepareStatement(
            "select distinct golden_id from account_link where golden_id = any(?) and source = ?")) {
      select.setArray(1, connection.createArrayOf("text", goldenIds.toArray()));
      select.setString(2, source);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          holding.add(row.getString(1));
        }
      }
    }
    return holding;
  }

  private static Set<String> open(Set<String> goldens, Set<String> holding) {
    if (goldens == null) {
      return Set.of();
    }
    Set<String> open = new HashSet<>(goldens);
    open.removeAll(holding);
    return open;
  }

  /** The golden ids among these that are in use. */
  public Set<String> taken(Collection<String> ids) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement("select id from golden_account where id = any(?)")) {
            select.setArray(1, connection.createArrayOf("text", ids.toArray()));
            Set<String> taken = new HashSet<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                taken.add(row.getString(1));
              }
            }
            return taken;
          }
        });
  }

  /** See {@link BatchUpsert#upsert}: the golden ids written, each with whether it was created. */
  public Map<String, Boolean> upsert(
      List<AccountRecord> goldens, String source, OffsetDateTime at) {
    return jdbc.run(connection -> UPSERT.upsert(connection, goldens, source, at));
  }

  /** Links new records of a source, as the matcher decided. */
  public void link(String source, List<AccountLink> links, OffsetDateTime at) {
    jdbc.update(
        "insert into account_link"
            + " (source, external_id, golden_id, rule, evidence, manual, linked_at)"
            + " select ?, u.e, u.g, u.r, u.v, false, ?"
            + " from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as u(e, g, r, v)",
        source,
        at,
        JdbcWork.array("text", links, AccountLink::externalId),
        JdbcWork.array("text", links, AccountLink::goldenId),
        JdbcWork.array("text", links, l -> l.rule().name()),
        JdbcWork.array("text", links, AccountLink::evidence));
  }

  /** Moves a record to another golden account by hand. */
  public void relink(
      String source, String externalId, String goldenId, String evidence, OffsetDateTime at) {
    jdbc.run(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "update account_link set golden_id = ?, rule = ?, evidence = ?, manual = true,"
                      + " linked_at = ? where source = ? and external_id = ?")) {
            update.setString(1, goldenId);
            update.setString(2, LinkRule.MANUAL.name());
            update.setString(3, evidence);
            update.setObject(4, at);
            update.setString(5, source);
            update.setString(6, externalId);
            return update.executeUpdate();
          }
        });
  }

  /** The golden account of each of these records of a source that is linked. */
  public Map<String, String> goldenIds(String source, Collection<String> externalIds) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select external_id, golden_id from account_link"
                      + " where source = ? and external_id = any(?)")) {
            select.setString(1, source);
            select.setArray(2, connection.createArrayOf("text", externalIds.toArray()));
            Map<String, String> goldens = new HashMap<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                goldens.put(row.getString(1), row.getString(2));
              }
            }
            return goldens;
          }
        });
  }

  /** The records linked to these golden accounts. */
  public List<LinkedRecord> records(Collection<String> goldenIds) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(LINKED_RECORDS + "l.golden_id = any(?)")) {
            select.setArray(1, connection.createArrayOf("text", goldenIds.toArray()));
            return linkedRecords(select);
          }
        });
  }

  /** One source record with its link. */
  public Optional<LinkedRecord> record(String source, String externalId) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(LINKED_RECORDS + "l.source = ? and l.external_id = ?")) {
            select.setString(1, source);
            select.setString(2, externalId);
            return linkedRecords(select).stream().findFirst();
          }
        });
  }

  public Optional<AccountRecord> find(String goldenId) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement("select * from golden_account where id = ?")) {
            select.setString(1, goldenId);
            try (ResultSet row = select.executeQuery()) {
              return row.next()
                  ? Optional.of(AccountTable.read(row, false))
                  : Optional.<AccountRecord>empty();
            }
          }
        });
  }

  /** Deletes a golden account that no record is linked to any more. */
  public void delete(String goldenId) {
    jdbc.run(
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement("delete from golden_account where id = ?")) {
            delete.setString(1, goldenId);
            return delete.executeUpdate();
          }
        });
  }

  private static List<LinkedRecord> linkedRecords(PreparedStatement select) throws SQLException {
    List<LinkedRecord> records = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        records.add(
            new LinkedRecord(
                row.getString("golden_id"),
                row.getString("source"),
                LinkRule.valueOf(row.getString("rule")),
                row.getString("evidence"),
                row.getBoolean("manual"),
                row.getObject("linked_at", Timestamp.class).toInstant(),
                AccountTable.read(row, true)));
      }
    }
    return records;
  }
}
