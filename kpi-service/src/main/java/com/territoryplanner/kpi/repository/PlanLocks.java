package com.territoryplanner.kpi.repository;

import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.util.UUID;

/**
 * Serialises the changes to one plan's quotas and balance health: two planners editing quotas at
 * once must not overwrite each other, and a scheduled measurement and a planner's must not both
 * open a drift review. Held until the caller's transaction ends.
 */
@ApplicationScoped
public class PlanLocks {

  /** The advisory locks' first key, keeping these apart from other advisory locks. */
  private static final int PLAN_LOCKS = 0x4b706850;

  private final JdbcWork jdbc;

  PlanLocks(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  public void lock(UUID planId) {
    jdbc.run(
        connection -> {
          try (PreparedStatement lock =
              connection.prepareStatement("select pg_advisory_xact_lock(?, hashtext(?))")) {
            lock.setInt(1, PLAN_LOCKS);
            lock.setString(2, planId.toString());
            lock.execute();
          }
          return null;
        });
  }
}
