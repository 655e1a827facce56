package com.territoryplanner.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;

/**
 * PostgreSQL advisory locks held until the current transaction ends, for agreements between
 * transactions that no row stands for. Each caller keeps its own key, apart from the others. Locks
 * on names (accounts, plans) live in a space of their own (an int key), one lock per name (by its
 * hash); a batch's are taken in one statement and in one order everywhere, so that no two
 * transactions that take theirs at once deadlock on them.
 */
@ApplicationScoped
public class TransactionLocks {

  private final JdbcWork jdbc;

  TransactionLocks(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  /** Waits until no other transaction holds or shares the lock, then holds it alone. */
  public void hold(long key) {
    take("pg_advisory_xact_lock", key);
  }

  /** Waits until no other transaction holds the lock alone, then shares it. */
  public void share(long key) {
    take("pg_advisory_xact_lock_shared", key);
  }

  /** Holds the lock alone if no other transaction holds or shares it; answers whether it does. */
  public boolean tryHold(long key) {
    return jdbc.first("select pg_try_advisory_xact_lock(?)", row -> row.getBoolean(1), key)
        .orElseThrow();
  }

  /** Holds alone the locks of these names in the space, waiting for them as needed. */
  public void holdNames(int space, Collection<String> names) {
    takeNames("pg_advisory_xact_lock", space, names);
  }

  /** Shares the locks of these names in the space, waiting for those held alone. */
  public void shareNames(int space, Collection<String> names) {
    takeNames("pg_advisory_xact_lock_shared", space, names);
  }

  private void takeNames(String function, int space, Collection<String> names) {
    if (!names.isEmpty()) {
      // every row read: each is one lock taken
      jdbc.query(
          "select "
              + function
              + "(?, h) from (select distinct hashtext(n) h from unnest(?::text[]) n) locks"
              + " order by h",
          row -> {},
          space,
          JdbcWork.array("text", names));
    }
  }

  private void take(String function, long key) {
    jdbc.query("select " + function + "(?)", row -> {}, key);
  }
}
