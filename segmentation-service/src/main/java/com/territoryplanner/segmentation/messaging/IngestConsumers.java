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
  private final Emitter<String> deadLetters;
  private final SegmentationService segmentation;
  private final AccountFeaturesService features;

  IngestConsumers(
      EventReader reader,
      SegmentationService segmentation,
      AccountFeaturesService features,
      @Channel("dead-letters") Emitter<String> deadLetters) {
    this.reader = reader;
    this.deadLetters = deadLetters;
    this.segmentation = segmentation;
    this.features = features;
  }

  @Incoming("accounts")
  @Blocking
  public void onAccounts(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        "accounts",
        records,
        payload -> SegmentationService.checked(reader.read(payload, AccountEvent.class)),
        segmentation::accountsChanged,
        deadLetters);
  }

  @Incoming("revenue")
  @Blocking
  public void onRevenueLines(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        "revenue",
        records,
        payload -> reader.read(payload, RevenueEvent.class),
        features::revenueLinesChanged,
        deadLetters);
  }

  @Incoming("opportunities")
  @Blocking
  public void onOpportunities(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        "opportunities",
        records,
        payload -> reader.read(payload, OpportunityEvent.class),
        features::opportunitiesChanged,
        deadLetters);
  }

  @Incoming("activities")
  @Blocking
  public void onActivities(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        "activities",
        records,
        payload -> reader.read(payload, ActivityEvent.class),
        features::activitiesChanged,
        deadLetters);
  }

  @Incoming("leads")
  @Blocking
  public void onLeads(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        "leads",
        records,
        payload -> reader.read(payload, LeadEvent.class),
        features::leadsChanged,
        deadLetters);
  }

  @Incoming("market")
  @Blocking
  public void onMarket(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        "market",
        records,
        payload -> reader.read(payload, MarketEvent.class),
        features::marketChanged,
        deadLetters);
  }
}
