package com.territoryplanner.balancing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How owner lookups are answered. */
@ConfigMapping(prefix = "territory.owner-lookup")
public interface OwnerLookupConfig {

  /**
   * How many owners (of accounts and of postal codes) the service keeps in memory between changes;
   * about 400 bytes each. 0 reads every lookup from the database.
   */
  @WithDefault("100000")
  int cacheSize();
}
