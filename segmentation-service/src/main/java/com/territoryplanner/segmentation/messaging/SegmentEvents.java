package com.territoryplanner.segmentation.messaging;

import com.territoryplanner.contracts.SegmentEvent;
import com.territoryplanner.contracts.Topics;
import com.territoryplanner.platform.outbox.Outbox;
import com.territoryplanner.segmentation.domain.AccountSegmentChange;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The events segmentation publishes, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class SegmentEvents {

  private final Outbox outbox;

  SegmentEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  public void segmentsChanged(List<AccountSegmentChange> changes) {
    outbox.appendAll(
        Topics.SEGMENTS,
        changes.stream()
            .map(
                change ->
                    new SegmentEvent(
                        UUID.randomUUID(),
                        SegmentEvent.CHANGED,
                        change.changedAt(),
                        SegmentEvent.SCHEMA_VERSION,
                        change.accountId(),
                        change.potential(),
                        change.currency(),
                        change.sizeTier().name(),
                        change.modelVersion(),
                        change.segment(),
                        change.segmentModel()))
            .toList());
  }
}
