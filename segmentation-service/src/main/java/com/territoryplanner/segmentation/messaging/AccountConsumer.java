package com.territoryplanner.segmentation.messaging;

import com.territoryplanner.contracts.AccountEvent;
import com.territoryplanner.platform.messaging.EventReader;
import com.territoryplanner.segmentation.service.SegmentationService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Segments every account ingest publishes. A payload that cannot be read or processed is nacked and
 * goes to the dead-letter topic (failure-strategy in application.properties).
 */
@ApplicationScoped
public class AccountConsumer {

  private final EventReader reader;
  private final SegmentationService segmentation;

  AccountConsumer(EventReader reader, SegmentationService segmentation) {
    this.reader = reader;
    this.segmentation = segmentation;
  }

  @Incoming("accounts")
  @Blocking
  public void onAccount(String payload) {
    segmentation.accountChanged(reader.read(payload, AccountEvent.class));
  }
}
