package com.territoryplanner.balancing.repository;

import com.territoryplanner.balancing.domain.AssignmentConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The conflicts live assignment found, per plan. */
@ApplicationScoped
public class ConflictLog {

  private final EntityManager entityManager;

  ConflictLog(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  public void record(
      UUID planId, String accountId, String rule, UUID territoryId, String conflict, Instant at) {
    entityManager
        .createNativeQuery(
            "insert into assignment_conflict"
                + " (plan_id, account_id, rule, territory_id, conflict, detected_at)"
                + " values (:plan, :account, :rule, :territory, :conflict, :at)")
        .setParameter("plan", planId)
        .setParameter("account", accountId)
        .setParameter("rule", rule)
        .setParameter("territory", territoryId)
        .setParameter("conflict", conflict)
        .setParameter("at", Timestamp.from(at))
        .executeUpdate();
  }

  /** The plan's conflicts, newest first, at most {@code limit}. */
  public List<AssignmentConflict> of(UUID planId, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select id, account_id, rule, territory_id, conflict, detected_at"
                    + " from assignment_conflict where plan_id = :plan order by id desc limit :limit")
            .setParameter("plan", planId)
            .setParameter("limit", limit)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new AssignmentConflict(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    Assignments.toUuid(row[3]),
                    (String) row[4],
                    AssignmentLog.instant(row[5])))
        .toList();
  }
}
