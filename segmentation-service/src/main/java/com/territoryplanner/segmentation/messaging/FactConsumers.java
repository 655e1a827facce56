package com.territoryplanner.segmentation.messaging;

import com.territoryplanner.contracts.ActivityEvent;
import com.territoryplanner.contracts.LeadEvent;
import com.territoryplanner.contracts.MarketEvent;
import com.territoryplanner.contracts.OpportunityEvent;
import com.territoryplanner.contracts.RevenueEvent;
import com.territoryplanner.platform.messaging.EventReader;
import com.territoryplanner.segmentation.service.AccountFeaturesService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Revenue lines, opportunities, activities, leads and market data from ingest, the facts of the
 * account features and of the market. A payload that cannot be read or processed goes to the
 * channel's dead-letter topic.
 */
@ApplicationScoped
public class FactConsumers {

  private final EventReader reader;
  private final AccountFeaturesService features;

  FactConsumers(EventReader reader, AccountFeaturesService features) {
    this.reader = reader;
    this.features = features;
  }

  @Incoming("revenue")
  @Blocking
  public void onRevenueLine(String payload) {
    features.revenueLineChanged(reader.read(payload, RevenueEvent.class));
  }

  @Incoming("opportunities")
  @Blocking
  public void onOpportunity(String payload) {
    features.opportunityChanged(reader.read(payload, OpportunityEvent.class));
  }

  @Incoming("activities")
  @Blocking
  public void onActivity(String payload) {
    features.activityChanged(reader.read(payload, ActivityEvent.class));
  }

  @Incoming("market")
  @Blocking
  public void onMarket(String payload) {
    features.marketChanged(reader.read(payload, MarketEvent.class));
  }

  @Incoming("leads")
  @Blocking
  public void onLead(String payload) {
    features.leadChanged(reader.read(payload, LeadEvent.class));
  }
}
