package com.territoryplanner.platform.messaging;

import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Makes consumers idempotent: an event id is recorded in the same transaction as the effect of the
 * event, so a redelivered or replayed event is recognised and skipped.
 */
@ApplicationScoped
public class ProcessedEvents {

  private final JdbcWork jdbc;

  ProcessedEvents(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records a batch's events in one statement; answers, in order, those processed for the first
   * time (an event that comes twice in the batch, once).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public <E> List<E> firstDelivered(List<E> events, Function<E, UUID> eventId) {
    if (events.isEmpty()) {
      return List.of();
    }
    Set<UUID> first =
        new HashSet<>(
            jdbc.list(
                "insert into processed_event (event_id, processed_at)"
                    + " select id, now() from unnest(?::uuid[]) as e(id)"
                    + " on conflict do nothing returning event_id",
                row -> row.getObject(1, UUID.class),
                JdbcWork.array("uuid", events, eventId)));
    return events.stream().filter(event -> first.remove(eventId.apply(event))).toList();
  }
}
