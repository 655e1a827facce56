package com.territoryplanner.balancing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How this replica takes part in solving the queued solve jobs. */
@ConfigMapping(prefix = "territory.solve")
public interface SolveJobConfig {

  /**
   * How many jobs this replica solves at once; the rest wait in the database for whichever replica
   * is free first. Each solve keeps one core busy.
   */
  @WithDefault("1")
  int parallelJobs();

  /** How often this replica looks for queued jobs, beats its solving jobs' heartbeats. */
  @WithDefault("2s")
  Duration pollInterval();

  /** How long a solving job's heartbeat may be silent before the job is failed as abandoned. */
  @WithDefault("30s")
  Duration abandonedAfter();
}
