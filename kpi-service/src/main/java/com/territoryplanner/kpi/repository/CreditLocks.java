package com.territoryplanner.kpi.repository;

import com.territoryplanner.platform.persistence.TransactionLocks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps a deal's credit and its account's owners consistent when both change at once. A batch of
 * deals credits each from the owners it reads; an assignment committed meanwhile would be missed by
 * the batch, and the batch's uncommitted deals by the re-crediting the assignment causes. So a
 * batch holds its accounts' locks shared and an assignment its account's exclusively: one waits for
 * the other to commit.
 */
@ApplicationScoped
public class CreditLocks {

  /** The advisory locks' first key, keeping these apart from other advisory locks. */
  private static final int CREDIT_LOCKS = 0x4b706943;

  private static final int BUCKETS = 64;

  private final TransactionLocks locks;

  CreditLocks(TransactionLocks locks) {
    this.locks = locks;
  }

  /** Takes the accounts' locks shared, before the caller reads their owners. */
  public void shareAccounts(Collection<String> accountIds) {
    locks.shareNames(CREDIT_LOCKS, buckets(accountIds));
  }

  /** Takes the accounts' locks exclusively, before the caller changes their owners. */
  public void lockAccounts(Collection<String> accountIds) {
    locks.holdNames(CREDIT_LOCKS, buckets(accountIds));
  }

  /** Accounts share {@value #BUCKETS} locks, so that a batch of thousands holds no more. */
  private static Set<String> buckets(Collection<String> accountIds) {
    return accountIds.stream()
        .map(id -> Integer.toString(Math.floorMod(id.hashCode(), BUCKETS)))
        .collect(Collectors.toSet());
  }
}
