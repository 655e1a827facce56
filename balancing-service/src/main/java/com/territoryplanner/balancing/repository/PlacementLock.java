package com.territoryplanner.balancing.repository;

import com.territoryplanner.platform.persistence.TransactionLocks;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps live placement and plan activation apart, until the transaction ends. A batch of account
 * events shares it while it reads the active plan and places its accounts; an activation holds it
 * alone, so it starts after every batch that read the plan before it has committed (and places
 * those batches' new accounts), and every later batch sees the plan it activated.
 */
@ApplicationScoped
public class PlacementLock {

  /** The advisory lock's key, apart from other advisory locks. */
  private static final long KEY = 0x506c616365L;

  private final TransactionLocks locks;

  PlacementLock(TransactionLocks locks) {
    this.locks = locks;
  }

  /** For transactions that place accounts by the active plan; they do not wait for each other. */
  public void share() {
    locks.share(KEY);
  }

  /** For the transaction that changes which plan is active. */
  public void hold() {
    locks.hold(KEY);
  }
}
