package com.territoryplanner.kpi.config;

import com.territoryplanner.kpi.domain.CreditingRule;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "kpi")
public interface KpiConfig {

  /** Which owner a deal counts for; see {@link CreditingRule}. */
  @WithDefault("owner-at-close")
  CreditingRule crediting();

  Rollup rollup();

  interface Rollup {
    /** How often the rollup job runs (read by its schedule; here so that it is typed). */
    @WithDefault("1s")
    Duration interval();

    /** Accounts re-credited, or territories recomputed, per transaction of the rollup job. */
    @WithDefault("5000")
    int batchSize();
  }
}
