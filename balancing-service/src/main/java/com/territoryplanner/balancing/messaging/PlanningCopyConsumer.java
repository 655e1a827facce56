package com.territoryplanner.balancing.messaging;

import com.territoryplanner.balancing.service.PlanningCopyService;
import com.territoryplanner.balancing.service.SalesActivityService;
import com.territoryplanner.contracts.AccountEvent;
import com.territoryplanner.contracts.ActivityEvent;
import com.territoryplanner.contracts.OpportunityEvent;
import com.territoryplanner.contracts.SegmentEvent;
import com.territoryplanner.platform.messaging.EventBatches;
import com.territoryplanner.platform.messaging.EventReader;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the planning copy from accounts.v1 and segments.v1, and the visits and open opportunities
 * that route planning weighs from activities.v1 and opportunities.v1, a poll's records at a time
 * (an import arrives as a burst). A payload that cannot be read or applied goes to the channel's
 * dead-letter topic.
 */
@ApplicationScoped
public class PlanningCopyConsumer {

  private final EventReader reader;
  private final Emitter<String> deadLetters;
  private final PlanningCopyService planningCopy;
  private final SalesActivityService salesActivity;

  PlanningCopyConsumer(
      EventReader reader,
      PlanningCopyService planningCopy,
      SalesActivityService salesActivity,
      @Channel("dead-letters") Emitter<String> deadLetters) {
    this.reader = reader;
    this.deadLetters = deadLetters;
    this.planningCopy = planningCopy;
    this.salesActivity = salesActivity;
  }

  @Incoming("accounts")
  @Blocking
  public void accounts(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        "accounts",
        records,
        payload -> reader.read(payload, AccountEvent.class),
        planningCopy::applyAccounts,
        deadLetters);
  }

  @Incoming("segments")
  @Blocking
  public void segments(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        "segments",
        records,
        payload -> reader.read(payload, SegmentEvent.class),
        planningCopy::applySegments,
        deadLetters);
  }

  @Incoming("activities")
  @Blocking
  public void activities(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        "activities",
        records,
        payload -> reader.read(payload, ActivityEvent.class),
        salesActivity::applyActivities,
        deadLetters);
  }

  @Incoming("opportunities")
  @Blocking
  public void opportunities(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        "opportunities",
        records,
        payload -> reader.read(payload, OpportunityEvent.class),
        salesActivity::applyOpportunities,
        deadLetters);
  }
}
