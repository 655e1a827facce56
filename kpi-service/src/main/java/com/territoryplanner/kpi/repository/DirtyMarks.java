package com.territoryplanner.kpi.repository;

import com.territoryplanner.platform.persistence.JdbcWork;
import com.territoryplanner.platform.persistence.TransactionLocks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the rollup job has to look at again: accounts whose deals or owners changed (their deals are
 * credited again) and territories whose deals or name changed. Marks are appended, never updated,
 * so marking never waits for anyone; a job clears the marks it can see, and marks of transactions
 * not yet committed stay for its next run, when their changes are visible.
 */
@ApplicationScoped
public class DirtyMarks {

  /** The advisory lock of the draining job, apart from other advisory locks. */
  private static final long DRAIN_LOCK = 0x4b70_6944_7261_696eL;

  private final JdbcWork jdbc;
  private final TransactionLocks locks;

  DirtyMarks(JdbcWork jdbc, TransactionLocks locks) {
    this.jdbc = jdbc;
    this.locks = locks;
  }

  /**
   * Whether this transaction is the only one draining marks (held until it ends): with more than
   * one replica, two jobs clearing the same marks would wait on each other for nothing.
   */
  public boolean drainAlone() {
    return locks.tryHold(DRAIN_LOCK);
  }

  public void markAccounts(Collection<String> accountIds) {
    mark("dirty_account", "account_id", "text", accountIds);
  }

  public void markTerritories(Collection<UUID> territoryIds) {
    mark("dirty_territory", "territory_id", "uuid", territoryIds);
  }

  /** Claims and clears the marks of up to {@code limit} accounts in the caller's transaction. */
  public List<String> claimAccounts(int limit) {
    return claim("dirty_account", "account_id", String.class, limit);
  }

  /** Claims and clears the marks of up to {@code limit} territories in the caller's transaction. */
  public List<UUID> claimTerritories(int limit) {
    return claim("dirty_territory", "territory_id", UUID.class, limit);
  }

  private void mark(String table, String column, String type, Collection<?> ids) {
    jdbc.update(
        "insert into "
            + table
            + " ("
            + column
            + ", marked_at) select distinct m, now() from unnest(?::"
            + type
            + "[]) m",
        JdbcWork.array(type, ids));
  }

  /** The longest-waiting marked ids, every mark of each cleared. */
  private <T> List<T> claim(String table, String column, Class<T> type, int limit) {
    // a territory with several marks comes back once per mark
    Set<T> claimed =
        new LinkedHashSet<>(
            jdbc.list(
                "with chosen as (select "
                    + column
                    + " from "
                    + table
                    + " group by 1 order by min(marked_at) limit ?)"
                    + " delete from "
                    + table
                    + " d using chosen c where d."
                    + column
                    + " = c."
                    + column
                    + " returning d."
                    + column,
                row -> row.getObject(1, type),
                limit));
    return List.copyOf(claimed);
  }
}
