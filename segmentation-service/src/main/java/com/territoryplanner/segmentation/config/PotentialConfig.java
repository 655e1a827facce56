package com.territoryplanner.segmentation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the potential model reads from market data. */
@ConfigMapping(prefix = "segmentation.potential")
public interface PotentialConfig {

  /** The economic indicator (percent a year) whose latest value scales expected spend. */
  @WithDefault("gdp_growth")
  String growthIndicator();

  /** How many accounts one transaction assesses again after a region's growth changed. */
  @WithDefault("500")
  int reassessmentChunk();
}
