package com.territoryplanner.kpi.repository;

import com.territoryplanner.kpi.domain.CreditingRule;
import com.territoryplanner.kpi.domain.Fact;
import com.territoryplanner.kpi.domain.OpportunityFact;
import com.territoryplanner.platform.persistence.JdbcWork;
import com.territoryplanner.platform.persistence.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a batch of opportunity facts, each credited as it is written, in one set-based statement:
 * a replay of a million events is a few hundred statements, not a million transactions.
 *
 * <p>Idempotent by state, not by a record per event: a row keeps the time and id of the event that
 * wrote it, an older event never overwrites a newer one, the same event twice changes nothing, and
 * a deletion leaves a tombstone so that a replayed older event cannot bring the deal back.
 */
@ApplicationScoped
public class OpportunityFacts {

  private static final String WRITE =
      "with f as (select * from unnest(?::uuid[], ?::text[], ?::text[], ?::numeric[], ?::text[],"
          + " ?::date[], ?::date[], ?::boolean[], ?::boolean[], ?::boolean[], ?::timestamptz[])"
          + " f(event_id, id, account_id, amount, currency, created_date, close_date, closed, won,"
          + " deleted, source_at))"
          + " insert into opportunity (id, account_id, amount, currency, created_date,"
          + " close_date, closed, won, deleted, source_at, last_event_id, credited_territory_id,"
          + " credited_rep_id, updated_at)"
          + " select f.id, f.account_id, f.amount, f.currency, f.created_date, f.close_date,"
          + " f.closed, f.won, f.deleted, f.source_at, f.event_id, p.territory_id, p.rep_id, now()"
          + " from f"
          + Crediting.ownerJoin("f")
          + " order by f.id on conflict (id) do update set account_id = excluded.account_id,"
          + " amount = excluded.amount, currency = excluded.currency,"
          + " created_date = excluded.created_date, close_date = excluded.close_date,"
          + " closed = excluded.closed, won = excluded.won, deleted = excluded.deleted,"
          + " source_at = excluded.source_at, last_event_id = excluded.last_event_id,"
          + " credited_territory_id = excluded.credited_territory_id,"
          + " credited_rep_id = excluded.credited_rep_id, updated_at = excluded.updated_at"
          + " where opportunity.source_at < excluded.source_at"
          + " or (opportunity.source_at = excluded.source_at"
          + " and opportunity.last_event_id is distinct from excluded.last_event_id)"
          // the credit each deal had and has: both territories' figures change
          + " returning old.credited_territory_id, new.credited_territory_id";

  private final JdbcWork jdbc;
  private final CreditLocks locks;
  private final DirtyMarks marks;

  OpportunityFacts(JdbcWork jdbc, CreditLocks locks, DirtyMarks marks) {
    this.jdbc = jdbc;
    this.locks = locks;
    this.marks = marks;
  }

  /**
   * Writes each opportunity's newest fact of the batch unless the stored row is newer, credited by
   * the rule, and marks dirty the territories whose deals changed. In the caller's transaction.
   *
   * @return how many opportunities changed
   */
  public int write(List<OpportunityFact> facts, CreditingRule rule) {
    List<OpportunityFact> rows = Fact.newestById(facts);
    if (rows.isEmpty()) {
      return 0;
    }
    locks.shareAccounts(rows.stream().map(OpportunityFact::accountId).distinct().toList());
    Set<UUID> territories = new HashSet<>();
    int changed =
        jdbc.run(
            connection -> {
              int written = 0;
              try (PreparedStatement write = connection.prepareStatement(WRITE)) {
                bind(write, connection, rows, rule);
                try (ResultSet moved = write.executeQuery()) {
                  while (moved.next()) {
                    written++;
                    for (int column = 1; column <= 2; column++) {
                      UUID territory = moved.getObject(column, UUID.class);
                      if (territory != null) {
                        territories.add(territory);
                      }
                    }
                  }
                }
              }
              return written;
            });
    if (!territories.isEmpty()) {
      marks.markTerritories(territories);
    }
    return changed;
  }

  private static void bind(
      PreparedStatement write,
      Connection connection,
      List<OpportunityFact> rows,
      CreditingRule rule)
      throws SQLException {
    write.setArray(1, SqlArrays.of(connection, "uuid", rows, OpportunityFact::eventId));
    write.setArray(2, SqlArrays.of(connection, "text", rows, OpportunityFact::id));
    write.setArray(3, SqlArrays.of(connection, "text", rows, OpportunityFact::accountId));
    write.setArray(4, SqlArrays.of(connection, "numeric", rows, OpportunityFact::amount));
    write.setArray(5, SqlArrays.of(connection, "text", rows, OpportunityFact::currency));
    write.setArray(6, SqlArrays.of(connection, "text", rows, f -> text(f.createdDate())));
    write.setArray(7, SqlArrays.of(connection, "text", rows, f -> text(f.closeDate())));
    write.setArray(8, SqlArrays.of(connection, "boolean", rows, OpportunityFact::closed));
    write.setArray(9, SqlArrays.of(connection, "boolean", rows, OpportunityFact::won));
    write.setArray(10, SqlArrays.of(connection, "boolean", rows, OpportunityFact::deleted));
    write.setArray(11, SqlArrays.of(connection, "text", rows, f -> f.occurredAt().toString()));
    write.setBoolean(12, rule == CreditingRule.OWNER_AT_CLOSE);
  }

  private static String text(Object value) {
    return Objects.toString(value, null);
  }
}
