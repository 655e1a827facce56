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

  Health health();

  Reviews reviews();

  interface Rollup {
    /** How often the rollup job runs (read by its schedule; here so that it is typed). */
    @WithDefault("1s")
    Duration interval();

    /** Accounts re-credited, or territories recomputed, per transaction of the rollup job. */
    @WithDefault("5000")
    int batchSize();
  }

  /** The balance tolerances of a plan that has none of its own. */
  interface Health {
    /** Largest deviation of a territory's potential from the plan's mean, as a share of it. */
    @WithDefault("0.10")
    double potentialTolerance();

    /** The same for workload (accounts per territory). */
    @WithDefault("0.15")
    double workloadTolerance();

    /** The same for year-to-date quota attainment. */
    @WithDefault("0.25")
    double attainmentTolerance();
  }

  interface Reviews {
    /**
     * How often every current plan's balance is measured and due reviews open: a duration such as
     * {@code 1h}, or {@code off} (read by the job's schedule; here so that it is documented).
     */
    @WithDefault("1h")
    String interval();
  }
}
