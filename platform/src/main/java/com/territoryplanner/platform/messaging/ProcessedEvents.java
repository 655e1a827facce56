package com.territoryplanner.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Makes consumers idempotent: an event id is recorded in the same transaction as the effect of the
 * event, so a redelivered or replayed event is recognised and skipped.
 */
@ApplicationScoped
public class ProcessedEvents {

  private final EntityManager entityManager;

  ProcessedEvents(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Records the event; answers false when it had been processed before. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean firstDelivery(UUID eventId) {
    return entityManager
            .createNativeQuery(
                "insert into processed_event (event_id, processed_at) values (:id, now())"
                    + " on conflict do nothing")
            .setParameter("id", eventId)
            .executeUpdate()
        == 1;
  }
}
