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
    return anyState(failure, "08", "57P");
  }

  /**
   * Whether the failure is the database ending one of two transactions that got in each other's way
   * (a deadlock, 40P01, or a serialization failure, 40001), anywhere among the causes: the same
   * work succeeds when tried again.
   */
  public static boolean conflicted(Throwable failure) {
    return anyState(failure, "40P01", "40001");
  }

  private static boolean anyState(Throwable failure, String... prefixes) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        for (String prefix : prefixes) {
          if (sql.getSQLState().startsWith(prefix)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
