package com.territoryplanner.segmentation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The assumptions behind the account features, documented with each feature. */
@ConfigMapping(prefix = "segmentation.features")
public interface FeatureConfig {

  /** The share of customers who buy again next year, for the lifetime value. */
  @WithDefault("0.85")
  double retention();

  /** The yearly discount rate of future margin, for the lifetime value. */
  @WithDefault("0.10")
  double discountRate();

  /** How many days of activities count as engagement. */
  @WithDefault("90")
  int engagementDays();
}
