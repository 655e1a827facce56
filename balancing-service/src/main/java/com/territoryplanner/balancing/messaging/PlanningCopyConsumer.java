package com.territoryplanner.balancing.messaging;

import com.territoryplanner.balancing.service.PlanningCopyService;
import com.territoryplanner.balancing.service.SalesActivityService;
import com.territoryplanner.contracts.AccountEvent;
import com.territoryplanner.contracts.ActivityEvent;
import com.territoryplanner.contracts.OpportunityEvent;
import com.territoryplanner.contracts.SegmentEvent;
import com.territoryplanner.platform.messaging.EventReader;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the planning copy from accounts.v1 and segments.v1, and the visits and open opportunities
 * that route planning weighs from activities.v1 and opportunities.v1. A payload that cannot be read
 * or applied fails the message, which goes to the channel's dead-letter topic.
 */
@ApplicationScoped
public class PlanningCopyConsumer {

  private final EventReader reader;
  private final PlanningCopyService planningCopy;
  private final SalesActivityService salesActivity;

  PlanningCopyConsumer(
      EventReader reader, PlanningCopyService planningCopy, SalesActivityService salesActivity) {
    this.reader = reader;
    this.planningCopy = planningCopy;
    this.salesActivity = salesActivity;
  }

  @Incoming("accounts")
  @Blocking
  public void account(String payload) {
    planningCopy.apply(reader.read(payload, AccountEvent.class));
  }

  @Incoming("segments")
  @Blocking
  public void segment(String payload) {
    planningCopy.apply(reader.read(payload, SegmentEvent.class));
  }

  @Incoming("activities")
  @Blocking
  public void activity(String payload) {
    salesActivity.apply(reader.read(payload, ActivityEvent.class));
  }

  @Incoming("opportunities")
  @Blocking
  public void opportunity(String payload) {
    salesActivity.apply(reader.read(payload, OpportunityEvent.class));
  }
}
