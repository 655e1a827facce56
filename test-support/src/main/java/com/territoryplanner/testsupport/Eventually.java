package com.territoryplanner.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BooleanSupplier;

/** Waits for what a service does after an event: consumers answer within seconds, not at once. */
public final class Eventually {

  private static final long PATIENCE_MILLIS = 30_000;

  private Eventually() {}

  /** Polls the condition every 100 ms; fails the test when it still does not hold after 30 s. */
  public static void until(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
    while (!condition.getAsBoolean()) {
      assertThat(System.currentTimeMillis()).as("waited 30 s").isLessThan(deadline);
      Thread.sleep(100);
    }
  }
}
