package com.territoryplanner.segmentation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The potential model's numbers (the standard ones by default) and what it reads from market data.
 */
@ConfigMapping(prefix = "segmentation.potential")
public interface PotentialConfig {

  /** Share of annual revenue an account is expected to spend with us. */
  @WithDefault("0.002")
  BigDecimal revenueSpendShare();

  /** Expected annual spend per employee when revenue is unknown. */
  @WithDefault("500")
  BigDecimal spendPerEmployee();

  /**
   * Spend multipliers per NAICS 2-digit sector, each replacing the standard one ({@code
   * segmentation.potential.sector-propensity."51"=1.8}).
   */
  Map<String, BigDecimal> sectorPropensity();

  /** How much each competitor nearby discounts the expected spend: 1 / (1 + this × n). */
  @WithDefault("0.1")
  BigDecimal saturationPerCompetitor();

  /** The economic indicator (percent a year) whose latest value scales expected spend. */
  @WithDefault("gdp_growth")
  String growthIndicator();

  /** How many accounts one transaction assesses again after a region's growth changed. */
  @WithDefault("500")
  int reassessmentChunk();
}
