package com.territoryplanner.ingest.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.Session;

/**
 * Plain JDBC on the connection of the current transaction, for the bulk statements an import runs;
 * Hibernate's pending changes are flushed first so both see the same data.
 */
@ApplicationScoped
class JdbcWork {

  interface Work<R> {
    R run(Connection connection) throws SQLException;
  }

  private final EntityManager entityManager;

  JdbcWork(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  <R> R run(Work<R> work) {
    entityManager.flush();
    return entityManager.unwrap(Session.class).doReturningWork(work::run);
  }
}
