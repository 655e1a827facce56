package com.territoryplanner.kpi.messaging;

import com.territoryplanner.contracts.AssignmentEvent;
import com.territoryplanner.contracts.OpportunityEvent;
import com.territoryplanner.kpi.service.KpiFactsService;
import com.territoryplanner.platform.messaging.EventReader;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Account owners from plan activations and opportunities from ingest. A payload that cannot be read
 * or processed is nacked and goes to the channel's dead-letter topic.
 */
@ApplicationScoped
public class KpiConsumers {

  private final EventReader reader;
  private final KpiFactsService facts;

  KpiConsumers(EventReader reader, KpiFactsService facts) {
    this.reader = reader;
    this.facts = facts;
  }

  @Incoming("assignments")
  @Blocking
  public void onAssignment(String payload) {
    facts.accountAssigned(reader.read(payload, AssignmentEvent.class));
  }

  @Incoming("opportunities")
  @Blocking
  public void onOpportunity(String payload) {
    facts.opportunityChanged(reader.read(payload, OpportunityEvent.class));
  }
}
