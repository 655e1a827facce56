package com.territoryplanner.balancing.messaging;

import com.territoryplanner.balancing.domain.OwnerView;
import com.territoryplanner.contracts.AssignmentEvent;
import com.territoryplanner.contracts.Topics;
import com.territoryplanner.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The events balancing publishes, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class AssignmentEvents {

  private final Outbox outbox;

  AssignmentEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  public void accountsAssigned(List<OwnerView> owners) {
    outbox.appendAll(Topics.ASSIGNMENTS, owners.stream().map(AssignmentEvents::assigned).toList());
  }

  private static AssignmentEvent assigned(OwnerView owner) {
    return new AssignmentEvent(
        UUID.randomUUID(),
        AssignmentEvent.ACCOUNT_ASSIGNED,
        Instant.now(),
        AssignmentEvent.SCHEMA_VERSION,
        owner.accountId(),
        owner.planId(),
        owner.territoryId(),
        owner.territoryName(),
        owner.repId(),
        owner.repName(),
        owner.effectiveFrom());
  }
}
