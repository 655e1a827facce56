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
  private final KpiFactsService facts;
  private final Emitter<String> opportunityDeadLetters;
  private final Emitter<String> assignmentDeadLetters;
  private final Emitter<String> revenueDeadLetters;
  private final Emitter<String> activityDeadLetters;
  private final Emitter<String> leadDeadLetters;
  private final Emitter<String> spendDeadLetters;
  private final Emitter<String> segmentDeadLetters;

  KpiConsumers(
      EventReader reader,
      KpiFactsService facts,
      @Channel("opportunity-dead-letters") Emitter<String> opportunityDeadLetters,
      @Channel("assignment-dead-letters") Emitter<String> assignmentDeadLetters,
      @Channel("revenue-dead-letters") Emitter<String> revenueDeadLetters,
      @Channel("activity-dead-letters") Emitter<String> activityDeadLetters,
      @Channel("lead-dead-letters") Emitter<String> leadDeadLetters,
      @Channel("spend-dead-letters") Emitter<String> spendDeadLetters,
      @Channel("segment-dead-letters") Emitter<String> segmentDeadLetters) {
    this.reader = reader;
    this.facts = facts;
    this.opportunityDeadLetters = opportunityDeadLetters;
    this.assignmentDeadLetters = assignmentDeadLetters;
    this.revenueDeadLetters = revenueDeadLetters;
    this.activityDeadLetters = activityDeadLetters;
    this.leadDeadLetters = leadDeadLetters;
    this.spendDeadLetters = spendDeadLetters;
    this.segmentDeadLetters = segmentDeadLetters;
  }

  @Incoming("assignments")
  @Blocking
  public void onAssignments(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        records,
        payload -> KpiFactsService.factOf(reader.read(payload, AssignmentEvent.class)),
        facts::accountsAssigned,
        assignmentDeadLetters);
  }

  @Incoming("opportunities")
  @Blocking
  public void onOpportunities(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        records,
        payload -> KpiFactsService.factOf(reader.read(payload, OpportunityEvent.class)),
        facts::opportunitiesChanged,
        opportunityDeadLetters);
  }

  @Incoming("revenue")
  @Blocking
  public void onRevenue(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        records,
        payload -> KpiFactsService.factOf(reader.read(payload, RevenueEvent.class)),
        facts::revenueChanged,
        revenueDeadLetters);
  }

  @Incoming("activities")
  @Blocking
  public void onActivities(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        records,
        payload -> KpiFactsService.factOf(reader.read(payload, ActivityEvent.class)),
        facts::activitiesChanged,
        activityDeadLetters);
  }

  @Incoming("leads")
  @Blocking
  public void onLeads(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        records,
        payload -> KpiFactsService.factOf(reader.read(payload, LeadEvent.class)),
        facts::leadsChanged,
        leadDeadLetters);
  }

  @Incoming("spend")
  @Blocking
  public void onSpend(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        records,
        payload -> KpiFactsService.factOf(reader.read(payload, SpendEvent.class)),
        facts::spendChanged,
        spendDeadLetters);
  }

  @Incoming("segments")
  @Blocking
  public void onSegments(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        records,
        payload -> KpiFactsService.factOf(reader.read(payload, SegmentEvent.class)),
        facts::segmentsChanged,
        segmentDeadLetters);
  }
}
