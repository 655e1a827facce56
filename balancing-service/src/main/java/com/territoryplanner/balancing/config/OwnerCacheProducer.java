package com.territoryplanner.balancing.config;

import com.territoryplanner.balancing.repository.OwnerCache;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one owner cache of the service, sized by configuration. */
public class OwnerCacheProducer {

  @Produces
  @Singleton
  OwnerCache ownerCache(OwnerLookupConfig config) {
    return new OwnerCache(config.cacheSize());
  }
}
