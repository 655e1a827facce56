package com.territoryplanner.segmentation.messaging;

import com.territoryplanner.contracts.SegmentEvent;
import com.territoryplanner.contracts.Topics;
import com.territoryplanner.platform.outbox.Outbox;
import com.territoryplanner.segmentation.repository.AccountSegmentEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The events segmentation publishes, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class SegmentEvents {

  private final Outbox outbox;

  SegmentEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  public void segmentChanged(AccountSegmentEntity segment) {
    outbox.append(
        Topics.SEGMENTS,
        new SegmentEvent(
            UUID.randomUUID(),
            SegmentEvent.CHANGED,
            segment.updatedAt,
            SegmentEvent.SCHEMA_VERSION,
            segment.accountId,
            segment.potential,
            segment.currency,
            segment.sizeTier.name(),
            segment.modelVersion));
  }
}
