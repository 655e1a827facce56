package com.territoryplanner.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "platform.outbox")
public interface OutboxConfig {

  /** The brokers the relay publishes to; the suite's {@code kafka.bootstrap.servers} unless set. */
  String bootstrapServers();

  /** Events published per transaction; the relay drains batches until the outbox is empty. */
  @WithDefault("200")
  int batchSize();

  /**
   * How often the relay looks for entries nobody woke it for (committed by another replica, or left
   * by a failed batch); a commit that appends events wakes this replica's relay at once. Read by
   * the relay's schedule.
   */
  @WithDefault("1s")
  Duration pollInterval();

  /** How long a batch may wait for the broker's acknowledgements before it is retried. */
  @WithDefault("10s")
  Duration sendTimeout();
}
