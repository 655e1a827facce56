package com.territoryplanner.balancing.messaging;

import com.territoryplanner.balancing.service.PlanningCopyService;
import com.territoryplanner.contracts.AccountEvent;
import com.territoryplanner.contracts.SegmentEvent;
import com.territoryplanner.platform.messaging.EventReader;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the planning copy from accounts.v1 and segments.v1. A payload that cannot be read or
 * applied fails the message, which goes to the channel's dead-letter topic.
 */
@ApplicationScoped
public class PlanningCopyConsumer {

  private final EventReader reader;
  private final PlanningCopyService planningCopy;

  PlanningCopyConsumer(EventReader reader, PlanningCopyService planningCopy) {
    this.reader = reader;
    this.planningCopy = planningCopy;
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
}
