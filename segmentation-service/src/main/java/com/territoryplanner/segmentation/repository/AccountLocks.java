package com.territoryplanner.segmentation.repository;

import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Serialises the transactions that assess one account. An account event and a revenue line of the
 * same account arrive on different topics and run at once: without the lock each reads before the
 * other commits (the account without the new spend, the line without the new account) and the spend
 * is never counted. Held until the caller's transaction ends.
 */
@ApplicationScoped
public class AccountLocks {

  /** The advisory locks' first key, keeping these apart from the service's other advisory locks. */
  private static final int ACCOUNT_LOCKS = 0x41636374;

  private final JdbcWork jdbc;

  AccountLocks(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  /** Waits for and takes these accounts' locks, in one order everywhere so that none deadlock. */
  public void lock(Collection<String> accountIds) {
    jdbc.run(
        connection -> {
          try (PreparedStatement lock =
              connection.prepareStatement("select pg_advisory_xact_lock(?, hashtext(?))")) {
            for (String accountId : new TreeSet<>(accountIds)) {
              lock.setInt(1, ACCOUNT_LOCKS);
              lock.setString(2, accountId);
              lock.execute();
            }
          }
          return null;
        });
  }
}
