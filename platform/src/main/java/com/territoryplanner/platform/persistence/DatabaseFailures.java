package com.territoryplanner.platform.persistence;

import java.sql.SQLException;

/** Tells a database that went away from a request the database refused. */
public final class DatabaseFailures {

  private DatabaseFailures() {}

  /**
   * Whether the failure is the database going away, so that the same work may succeed once it is
   * back: a lost or refused connection (SQL state class 08) or a server shutting down or restarting
   * (57P), anywhere among the causes.
   */
  public static boolean unavailable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
        return true;
      }
    }
    return false;
  }
}
