package com.territoryplanner.kpi.repository;

import com.territoryplanner.platform.persistence.TransactionLocks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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

  private final TransactionLocks locks;

  PlanLocks(TransactionLocks locks) {
    this.locks = locks;
  }

  public void lock(UUID planId) {
    locks.holdNames(PLAN_LOCKS, List.of(planId.toString()));
  }
}
