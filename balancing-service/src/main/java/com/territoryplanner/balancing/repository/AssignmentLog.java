package com.territoryplanner.balancing.repository;

import com.territoryplanner.balancing.domain.AssignmentChange;
import com.territoryplanner.balancing.domain.OwnerView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The append-only log of owner changes. Appends take one advisory lock until their transaction
 * ends, so sequence numbers are handed out in commit order and a reader that has seen sequence n
 * never later finds a smaller one committed.
 */
@ApplicationScoped
public class AssignmentLog {

  /** The advisory lock's key, apart from other advisory locks. */
  private static final long APPEND_LOCK = 0x41737369676eL;

  private final EntityManager entityManager;

  AssignmentLog(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  public void append(OwnerView owner, String cause, Instant at) {
    entityManager
        .createNativeQuery("select pg_advisory_xact_lock(:key)")
        .setParameter("key", APPEND_LOCK)
        .getSingleResult();
    entityManager
        .createNativeQuery(
            "insert into assignment_change (account_id, plan_id, territory_id, territory_name,"
                + " rep_id, rep_name, effective_from, rule, cause, changed_at)"
                + " values (:account, :plan, :territory, :territoryName, :rep, :repName,"
                + " :effectiveFrom, :rule, :cause, :at)")
        .setParameter("account", owner.accountId())
        .setParameter("plan", owner.planId())
        .setParameter("territory", owner.territoryId())
        .setParameter("territoryName", owner.territoryName())
        .setParameter("rep", owner.repId())
        .setParameter("repName", owner.repName())
        .setParameter("effectiveFrom", owner.effectiveFrom())
        .setParameter("rule", owner.rule())
        .setParameter("cause", cause)
        .setParameter("at", Timestamp.from(at))
        .executeUpdate();
  }

  /** Up to {@code limit} changes after sequence {@code after}, in order. */
  public List<AssignmentChange> after(long after, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select seq, account_id, plan_id, territory_id, territory_name, rep_id, rep_name,"
                    + " effective_from, rule, cause, changed_at from assignment_change"
                    + " where seq > :after order by seq limit :limit")
            .setParameter("after", after)
            .setParameter("limit", limit)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new AssignmentChange(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    Assignments.toUuid(row[2]),
                    Assignments.toUuid(row[3]),
                    (String) row[4],
                    Assignments.toUuid(row[5]),
                    (String) row[6],
                    Assignments.toDate(row[7]),
                    (String) row[8],
                    (String) row[9],
                    instant(row[10])))
        .toList();
  }

  private static Instant instant(Object value) {
    return value instanceof Instant instant ? instant : ((Timestamp) value).toInstant();
  }
}
