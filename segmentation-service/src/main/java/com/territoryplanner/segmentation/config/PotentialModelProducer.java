package com.territoryplanner.segmentation.config;

import com.territoryplanner.segmentation.domain.PotentialModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** The potential model the company configured: the standard one with its own numbers. */
@ApplicationScoped
class PotentialModelProducer {

  @Produces
  @Singleton // a record cannot be proxied
  PotentialModel potentialModel(PotentialConfig config) {
    Map<String, BigDecimal> propensity = new HashMap<>(PotentialModel.STANDARD_PROPENSITY);
    propensity.putAll(config.sectorPropensity());
    return new PotentialModel(
        config.revenueSpendShare(),
        config.spendPerEmployee(),
        propensity,
        config.saturationPerCompetitor());
  }
}
