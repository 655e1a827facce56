package com.territoryplanner.ingest.repository;

import com.territoryplanner.ingest.domain.AccountLink;
import com.territoryplanner.ingest.domain.AccountRecord;
import com.territoryplanner.ingest.domain.LinkRule;
import com.territoryplanner.ingest.domain.LinkedRecord;
import com.territoryplanner.ingest.domain.MatchCandidates;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Golden accounts and the links of source records to them. */
@ApplicationScoped
public class GoldenAccountRepository {

  private static final BatchUpsert<AccountRecord> UPSERT =
      new BatchUpsert<>("golden_account", false, AccountTable.FIELDS);

  /** Golden accounts sharing a key column with record n, except those holding n's source. */
  private static final String SHARING =
      "array(select distinct l.golden_id from source_account o join account_link l"
          + " on l.source = o.source and l.external_id = o.id where o.%1$s = n.%1$s"
          + " and not exists (select 1 from account_link m"
          + " where m.golden_id = l.golden_id and m.source = n.source))";

  private static final String CANDIDATES =
      "select n.id, n.same_as, x.golden_id, n.web_domain, "
          + SHARING.formatted("web_domain")
          + ", n.name_key, "
          + SHARING.formatted("name_key")
          + " from unnest(?::text[]) with ordinality as k(id, ord)"
          + " join source_account n on n.source = ? and n.id = k.id"
          + " left join account_link x on x.source = split_part(n.same_as, ':', 1)"
          + " and x.external_id = substr(n.same_as, strpos(n.same_as, ':') + 1)"
          + " where not exists (select 1 from account_link y"
          + " where y.source = n.source and y.external_id = n.id)"
          + " order by k.ord";

  private static final String LINKED_RECORDS =
      "select l.golden_id, l.rule, l.evidence, l.manual, l.linked_at, s.*"
          + " from account_link l join source_account s"
          + " on s.source = l.source and s.id = l.external_id where ";

  private final JdbcWork jdbc;

  GoldenAccountRepository(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  /** The records among these that have no link yet, in order, with their candidates. */
  public List<MatchCandidates> unlinked(String source, List<String> externalIds) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select = connection.prepareStatement(CANDIDATES)) {
            select.setArray(1, connection.createArrayOf("text", externalIds.toArray()));
            select.setString(2, source);
            List<MatchCandidates> candidates = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                candidates.add(
                    new MatchCandidates(
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        textSet(row, 5),
                        row.getString(6),
                        textSet(row, 7)));
              }
            }
            return candidates;
          }
        });
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
    jdbc.run(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "insert into account_link"
                      + " (source, external_id, golden_id, rule, evidence, manual, linked_at)"
                      + " select ?, u.e, u.g, u.r, u.v, false, ?"
                      + " from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as u(e, g, r, v)")) {
            insert.setString(1, source);
            insert.setObject(2, at);
            insert.setArray(3, texts(connection, links.stream().map(AccountLink::externalId)));
            insert.setArray(4, texts(connection, links.stream().map(AccountLink::goldenId)));
            insert.setArray(5, texts(connection, links.stream().map(l -> l.rule().name())));
            insert.setArray(6, texts(connection, links.stream().map(AccountLink::evidence)));
            return insert.executeUpdate();
          }
        });
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

  private static Set<String> textSet(ResultSet row, int column) throws SQLException {
    return Set.of((String[]) row.getArray(column).getArray());
  }

  private static Array texts(Connection connection, Stream<String> values) throws SQLException {
    return connection.createArrayOf("text", values.toArray());
  }
}
