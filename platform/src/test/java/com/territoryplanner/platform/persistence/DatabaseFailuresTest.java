package com.territoryplanner.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

  @Test
  void aLostConnectionOrAShutdownAnywhereAmongTheCausesIsUnavailability() {
    assertThat(DatabaseFailures.unavailable(wrapped(new SQLException("refused", "08001"))))
        .isTrue();
    assertThat(DatabaseFailures.unavailable(wrapped(new SQLException("shutdown", "57P01"))))
        .isTrue();
  }

  @Test
  void aRefusedStatementOrAnotherFailureIsNot() {
    assertThat(DatabaseFailures.unavailable(wrapped(new SQLException("duplicate", "23505"))))
        .isFalse();
    assertThat(DatabaseFailures.unavailable(wrapped(new SQLException("no state")))).isFalse();
    assertThat(DatabaseFailures.unavailable(new IllegalStateException("no cause"))).isFalse();
  }

  @Test
  void aDeadlockOrASerializationFailureIsAConflictNotUnavailability() {
    SQLException deadlock = new SQLException("deadlock detected", "40P01");
    assertThat(DatabaseFailures.conflicted(wrapped(deadlock))).isTrue();
    assertThat(DatabaseFailures.conflicted(wrapped(new SQLException("serialize", "40001"))))
        .isTrue();
    assertThat(DatabaseFailures.unavailable(wrapped(deadlock))).isFalse();
    assertThat(DatabaseFailures.conflicted(wrapped(new SQLException("refused", "08001"))))
        .isFalse();
  }

  private static RuntimeException wrapped(SQLException cause) {
    return new IllegalStateException("transaction failed", new RuntimeException(cause));
  }
}
