package com.territoryplanner.segmentation.messaging;

import com.territoryplanner.contracts.AccountEvent;
import com.territoryplanner.contracts.ActivityEvent;
import com.territoryplanner.contracts.LeadEvent;
import com.territoryplanner.contracts.MarketEvent;
import com.territoryplanner.contracts.OpportunityEvent;
import com.territoryplanner.contracts.RevenueEvent;
import com.territoryplanner.platform.messaging.EventBatches;
import com.territoryplanner.platform.messaging.EventReader;
import com.territoryplanner.segmentation.service.AccountFeaturesService;
import com.territoryplanner.segmentation.service.SegmentationService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Accounts to segment, and the revenue lines, opportunities, activities, leads and market data that
 * are the facts of the account features and of the market, all from ingest, a poll's records at a
 * time (an import arrives as a burst). A payload that cannot be read or processed goes to the
 * channel's dead-letter topic.
 */
@ApplicationScoped
public class IngestConsumers {

  private final EventReader reader;
  private final SegmentationService segmentation;
  private final AccountFeaturesService features;
  private final Emitter<String> accountDeadLetters;
  private final Emitter<String> revenueDeadLetters;
  private final Emitter<String> opportunityDeadLetters;
  private final Emitter<String> activityDeadLetters;
  private final Emitter<String> leadDeadLetters;
  private final Emitter<String> marketDeadLetters;

  IngestConsumers(
      EventReader reader,
      SegmentationService segmentation,
      AccountFeaturesService features,
      @Channel("account-dead-letters") Emitter<String> accountDeadLetters,
      @Channel("revenue-dead-letters") Emitter<String> revenueDeadLetters,
      @Channel("opportunity-dead-letters") Emitter<String> opportunityDeadLetters,
      @Channel("activity-dead-letters") Emitter<String> activityDeadLetters,
      @Channel("lead-dead-letters") Emitter<String> leadDeadLetters,
      @Channel("market-dead-letters") Emitter<String> marketDeadLetters) {
    this.reader = reader;
    this.segmentation = segmentation;
    this.features = features;
    this.accountDeadLetters = accountDeadLetters;
    this.revenueDeadLetters = revenueDeadLetters;
    this.opportunityDeadLetters = opportunityDeadLetters;
    this.activityDeadLetters = activityDeadLetters;
    this.leadDeadLetters = leadDeadLetters;
    this.marketDeadLetters = marketDeadLetters;
  }

  @Incoming("accounts")
  @Blocking
  public void onAccounts(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        records,
        payload -> SegmentationService.checked(reader.read(payload, AccountEvent.class)),
        segmentation::accountsChanged,
        accountDeadLetters);
  }

  @Incoming("revenue")
  @Blocking
  public void onRevenueLines(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        records,
        payload -> reader.read(payload, RevenueEvent.class),
        features::revenueLinesChanged,
        revenueDeadLetters);
  }

  @Incoming("opportunities")
  @Blocking
  public void onOpportunities(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        records,
        payload -> reader.read(payload, OpportunityEvent.class),
        features::opportunitiesChanged,
        opportunityDeadLetters);
  }

  @Incoming("activities")
  @Blocking
  public void onActivities(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        records,
        payload -> reader.read(payload, ActivityEvent.class),
        features::activitiesChanged,
        activityDeadLetters);
  }

  @Incoming("leads")
  @Blocking
  public void onLeads(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        records,
        payload -> reader.read(payload, LeadEvent.class),
        features::leadsChanged,
        leadDeadLetters);
  }

  @Incoming("market")
  @Blocking
  public void onMarket(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        records,
        payload -> reader.read(payload, MarketEvent.class),
        features::marketChanged,
        marketDeadLetters);
  }
}
