package com.territoryplanner.kpi.messaging;

import com.territoryplanner.contracts.ActivityEvent;
import com.territoryplanner.contracts.AssignmentEvent;
import com.territoryplanner.contracts.LeadEvent;
import com.territoryplanner.contracts.OpportunityEvent;
import com.territoryplanner.contracts.RevenueEvent;
import com.territoryplanner.contracts.SegmentEvent;
import com.territoryplanner.contracts.SpendEvent;
import com.territoryplanner.kpi.service.KpiFactsService;
import com.territoryplanner.platform.messaging.EventBatches;
import com.territoryplanner.platform.messaging.EventReader;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Account owners from plan activations, segments, and opportunities, revenue lines, activities,
 * leads and spend from ingest. A payload that cannot be read or processed goes to the channel's
 * dead-letter topic. Each channel takes a poll's records as one batch (a plan activation or a
 * replay of the topics is the common heavy load).
 */
@ApplicationScoped
public class KpiConsumers {

  private final EventReader reader;
  private final Emitter<String> deadLetters;
  private final KpiFactsService facts;

  KpiConsumers(
      EventReader reader,
      KpiFactsService facts,
      @Channel("dead-letters") Emitter<String> deadLetters) {
    this.reader = reader;
    this.deadLetters = deadLetters;
    this.facts = facts;
  }

  @Incoming("assignments")
  @Blocking
  public void onAssignments(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        "assignments",
        records,
        payload -> KpiFactsService.factOf(reader.read(payload, AssignmentEvent.class)),
        facts::accountsAssigned,
        deadLetters);
  }

  @Incoming("opportunities")
  @Blocking
  public void onOpportunities(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        "opportunities",
        records,
        payload -> KpiFactsService.factOf(reader.read(payload, OpportunityEvent.class)),
        facts::opportunitiesChanged,
        deadLetters);
  }

  @Incoming("revenue")
  @Blocking
  public void onRevenue(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        "revenue",
        records,
        payload -> KpiFactsService.factOf(reader.read(payload, RevenueEvent.class)),
        facts::revenueChanged,
        deadLetters);
  }

  @Incoming("activities")
  @Blocking
  public void onActivities(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        "activities",
        records,
        payload -> KpiFactsService.factOf(reader.read(payload, ActivityEvent.class)),
        facts::activitiesChanged,
        deadLetters);
  }

  @Incoming("leads")
  @Blocking
  public void onLeads(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        "leads",
        records,
        payload -> KpiFactsService.factOf(reader.read(payload, LeadEvent.class)),
        facts::leadsChanged,
        deadLetters);
  }

  @Incoming("spend")
  @Blocking
  public void onSpend(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        "spend",
        records,
        payload -> KpiFactsService.factOf(reader.read(payload, SpendEvent.class)),
        facts::spendChanged,
        deadLetters);
  }

  @Incoming("segments")
  @Blocking
  public void onSegments(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        "segments",
        records,
        payload -> KpiFactsService.factOf(reader.read(payload, SegmentEvent.class)),
        facts::segmentsChanged,
        deadLetters);
  }
}
