package com.territoryplanner.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "platform.outbox")
public interface OutboxConfig {

  /** Events published per transaction; the relay drains batches until the outbox is empty. */
  @WithDefault("200")
  int batchSize();

  /** How long a batch may wait for the broker's acknowledgements before it is retried. */
  @WithDefault("10s")
  Duration sendTimeout();
}
