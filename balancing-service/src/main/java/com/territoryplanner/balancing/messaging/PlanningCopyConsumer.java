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
  private final PlanningCopyService planningCopy;
  private final SalesActivityService salesActivity;
  private final Emitter<String> accountDeadLetters;
  private final Emitter<String> segmentDeadLetters;
  private final Emitter<String> activityDeadLetters;
  private final Emitter<String> opportunityDeadLetters;

  PlanningCopyConsumer(
      EventReader reader,
      PlanningCopyService planningCopy,
      SalesActivityService salesActivity,
      @Channel("account-dead-letters") Emitter<String> accountDeadLetters,
      @Channel("segment-dead-letters") Emitter<String> segmentDeadLetters,
      @Channel("activity-dead-letters") Emitter<String> activityDeadLetters,
      @Channel("opportunity-dead-letters") Emitter<String> opportunityDeadLetters) {
    this.reader = reader;
    this.planningCopy = planningCopy;
    this.salesActivity = salesActivity;
    this.accountDeadLetters = accountDeadLetters;
    this.segmentDeadLetters = segmentDeadLetters;
    this.activityDeadLetters = activityDeadLetters;
    this.opportunityDeadLetters = opportunityDeadLetters;
  }

  @Incoming("accounts")
  @Blocking
  public void accounts(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        records,
        payload -> reader.read(payload, AccountEvent.class),
        planningCopy::applyAccounts,
        accountDeadLetters);
  }

  @Incoming("segments")
  @Blocking
  public void segments(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        records,
        payload -> reader.read(payload, SegmentEvent.class),
        planningCopy::applySegments,
        segmentDeadLetters);
  }

  @Incoming("activities")
  @Blocking
  public void activities(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        records,
        payload -> reader.read(payload, ActivityEvent.class),
        salesActivity::applyActivities,
        activityDeadLetters);
  }

  @Incoming("opportunities")
  @Blocking
  public void opportunities(ConsumerRecords<String, String> records) {
    EventBatches.consume(
        records,
        payload -> reader.read(payload, OpportunityEvent.class),
        salesActivity::applyOpportunities,
        opportunityDeadLetters);
  }
}
