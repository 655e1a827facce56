package com.territoryplanner.balancing.repository;

import com.territoryplanner.balancing.domain.AssignmentChange;
import com.territoryplanner.balancing.domain.OwnerView;
import com.territoryplanner.platform.persistence.TransactionLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;

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
  private final TransactionLocks locks;

  AssignmentLog(EntityManager entityManager, TransactionLocks locks) {
    this.entityManager = entityManager;
    this.locks = locks;
  }

  /** Appends the changes in list order, in one statement. */
  public void appendAll(List<OwnerView> owners, String cause, Instant at, String changedBy) {
    if (owners.isEmpty()) {
      return;
    }
    locks.hold(APPEND_LOCK);
    entityManager
        .unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "insert into assignment_change (account_id, plan_id, territory_id,"
                          + " territory_name, rep_id, rep_name, effective_from, rule, cause,"
                          + " changed_at, changed_by)"
                          + " select o.account, o.plan, o.territory, o.territory_name, o.rep,"
                          + " o.rep_name, o.effective_from, o.rule, ?, ?, ?"
                          + " from unnest(?::text[], ?::uuid[], ?::uuid[], ?::text[], ?::uuid[],"
                          + " ?::text[], ?::date[], ?::text[]) with ordinality as o(account, plan,"
                          + " territory, territory_name, rep, rep_name, effective_from, rule, n)"
                          + " order by o.n")) {
                insert.setString(1, cause);
                insert.setTimestamp(2, Timestamp.from(at));
                insert.setString(3, changedBy);
                insert.setArray(4, array(connection, "text", owners, OwnerView::accountId));
                insert.setArray(5, array(connection, "uuid", owners, OwnerView::planId));
                insert.setArray(6, array(connection, "uuid", owners, OwnerView::territoryId));
                insert.setArray(7, array(connection, "text", owners, OwnerView::territoryName));
                insert.setArray(8, array(connection, "uuid", owners, OwnerView::repId));
                insert.setArray(9, array(connection, "text", owners, OwnerView::repName));
                insert.setArray(
                    10,
                    array(
                        connection,
                        "date",
                        owners,
                        o -> o.effectiveFrom() == null ? null : Date.valueOf(o.effectiveFrom())));
                insert.setArray(11, array(connection, "text", owners, OwnerView::rule));
                insert.executeUpdate();
              }
            });
  }

  private static Array array(
      Connection connection, String type, List<OwnerView> owners, Function<OwnerView, ?> field)
      throws SQLException {
    return connection.createArrayOf(type, owners.stream().map(field).toArray());
  }

  /** Up to {@code limit} changes after sequence {@code after}, in order. */
  public List<AssignmentChange> after(long after, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select seq, account_id, plan_id, territory_id, territory_name, rep_id, rep_name,"
                    + " effective_from, rule, cause, changed_at, changed_by from assignment_change"
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
                    instant(row[10]),
                    (String) row[11]))
        .toList();
  }

  static Instant instant(Object value) {
    return value instanceof Instant instant ? instant : ((Timestamp) value).toInstant();
  }
}
