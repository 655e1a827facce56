package com.territoryplanner.kpi.repository;

import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.util.Collection;

/**
 * Keeps a deal's credit and its account's owners consistent when both change at once. A batch of
 * deals credits each from the owners it reads; an assignment committed meanwhile would be missed by
 * the batch, and the batch's uncommitted deals by the re-crediting the assignment causes. So a
 * batch holds its accounts' locks shared and an assignment its account's exclusively: one waits for
 * the other to commit. Accounts share 64 locks (by hash), so a batch holds at most 64.
 */
@ApplicationScoped
public class CreditLocks {

  /** The advisory locks' first key, keeping these apart from other advisory locks. */
  private static final int CREDIT_LOCKS = 0x4b706943;

  private final JdbcWork jdbc;

  CreditLocks(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  /** Takes the accounts' locks shared, before the caller reads their owners. */
  public void shareAccounts(Collection<String> accountIds) {
    lock(accountIds, "pg_advisory_xact_lock_shared");
  }

  /** Takes the accounts' locks exclusively, before the caller changes their owners. */
  public void lockAccounts(Collection<String> accountIds) {
    lock(accountIds, "pg_advisory_xact_lock");
  }

  /** In one order everywhere, so that no two transactions deadlock on them. */
  private void lock(Collection<String> accountIds, String function) {
    jdbc.run(
        connection -> {
          try (PreparedStatement lock =
              connection.prepareStatement(
                  "select "
                      + function
                      + "(?, b) from (select distinct abs(hashtext(a)) % 64 b"
                      + " from unnest(?::text[]) a) buckets order by b")) {
            lock.setInt(1, CREDIT_LOCKS);
            lock.setArray(2, connection.createArrayOf("text", accountIds.toArray()));
            lock.execute();
          }
          return null;
        });
  }
}
