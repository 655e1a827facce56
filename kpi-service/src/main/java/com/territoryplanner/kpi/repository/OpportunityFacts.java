package com.territoryplanner.kpi.repository;

import com.territoryplanner.kpi.domain.CreditingRule;
import com.territoryplanner.kpi.domain.Fact;
import com.territoryplanner.kpi.domain.OpportunityFact;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
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
   */
  public void write(List<OpportunityFact> facts, CreditingRule rule) {
    List<OpportunityFact> rows = Fact.newestById(facts);
    if (rows.isEmpty()) {
      return;
    }
    locks.shareAccounts(rows.stream().map(OpportunityFact::accountId).distinct().toList());
    Set<UUID> territories = new HashSet<>();
    jdbc.query(
        WRITE,
        moved -> {
          for (int column = 1; column <= 2; column++) {
            UUID territory = moved.getObject(column, UUID.class);
            if (territory != null) {
              territories.add(territory);
            }
          }
        },
        JdbcWork.array("uuid", rows, OpportunityFact::eventId),
        JdbcWork.array("text", rows, OpportunityFact::id),
        JdbcWork.array("text", rows, OpportunityFact::accountId),
        JdbcWork.array("numeric", rows, OpportunityFact::amount),
        JdbcWork.array("text", rows, OpportunityFact::currency),
        JdbcWork.array("text", rows, f -> text(f.createdDate())),
        JdbcWork.array("text", rows, f -> text(f.closeDate())),
        JdbcWork.array("boolean", rows, OpportunityFact::closed),
        JdbcWork.array("boolean", rows, OpportunityFact::won),
        JdbcWork.array("boolean", rows, OpportunityFact::deleted),
        JdbcWork.array("text", rows, f -> f.occurredAt().toString()),
        rule == CreditingRule.OWNER_AT_CLOSE);
    if (!territories.isEmpty()) {
      marks.markTerritories(territories);
    }
  }

  private static String text(Object value) {
    return Objects.toString(value, null);
  }
}
