package com.territoryplanner.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.Session;

/**
 * Plain JDBC on the connection of the current transaction, for bulk statements (array parameters,
 * batches) that Hibernate would run row by row; Hibernate's pending changes are flushed first so
 * both see the same data, in order.
 */
@ApplicationScoped
public class JdbcWork {

  /** Statements to run on the transaction's connection. */
  public interface Work<R> {
    R run(Connection connection) throws SQLException;
  }

  private final EntityManager entityManager;

  JdbcWork(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  public <R> R run(Work<R> work) {
    entityManager.flush();
    return entityManager.unwrap(Session.class).doReturningWork(work::run);
  }
}
