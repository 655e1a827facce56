package com.territoryplanner.segmentation.repository;

import com.territoryplanner.platform.persistence.TransactionLocks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;

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

  private final TransactionLocks locks;

  AccountLocks(TransactionLocks locks) {
    this.locks = locks;
  }

  /** Waits for and takes these accounts' locks, in one statement and one order everywhere. */
  public void lock(Collection<String> accountIds) {
    locks.holdNames(ACCOUNT_LOCKS, accountIds);
  }
}
