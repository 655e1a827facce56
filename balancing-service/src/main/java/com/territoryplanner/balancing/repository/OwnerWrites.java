package com.territoryplanner.balancing.repository;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.regex.Pattern;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Sees this service's own writes to what owner lookups read, so that the owner cache forgets as
 * soon as such a transaction ends: a caller that moved an account reads its new owner at once,
 * without waiting for the database's notification ({@link OwnerChangeListener}), which still tells
 * every other replica.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class OwnerWrites implements StatementInspector {

  private static final Pattern OWNER_WRITE =
      Pattern.compile(
          "^\\s*(?:insert\\s+into|update|delete\\s+from)\\s+(?:\\w+\\.)?"
              + "(?:plan|plan_unit_account|plan_assignment|territory|rep)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Object REGISTERED = OwnerWrites.class;

  private final OwnerCache cache;
  private final TransactionSynchronizationRegistry transactions;

  OwnerWrites(OwnerCache cache, TransactionSynchronizationRegistry transactions) {
    this.cache = cache;
    this.transactions = transactions;
  }

  @Override
  public String inspect(String sql) {
    if (OWNER_WRITE.matcher(sql).find()) {
      ownersWritten();
    }
    return sql;
  }

  /**
   * The current transaction writes what owner lookups read: the cache forgets when it ends. For
   * writes on a raw JDBC connection ({@code Session.doWork}), which no inspector sees.
   */
  void ownersWritten() {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      cache.ownersChanged();
      return;
    }
    if (transactions.getResource(REGISTERED) == null) {
      transactions.putResource(REGISTERED, Boolean.TRUE);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              cache.ownersChanged();
            }
          });
    }
  }
}
