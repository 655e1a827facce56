package com.territoryplanner.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How staged imports are applied in the background. */
@ConfigMapping(prefix = "ingest.staged-apply")
public interface StagedApplyConfig {

  /**
   * Batches of one import applied at once, each in a transaction of its own: one worker leaves the
   * other core idle while its statements run (bench/ingest).
   */
  @WithDefault("2")
  int workers();
}
