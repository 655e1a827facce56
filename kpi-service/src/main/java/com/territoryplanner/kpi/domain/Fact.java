package com.territoryplanner.kpi.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A record as the latest event about it states it. Stored idempotently by state: an older event
 * never overwrites a newer one and the same event twice changes nothing; a deletion stays as a
 * tombstone so that a replayed older event cannot bring the record back.
 */
public interface Fact {
  UUID eventId();

  Instant occurredAt();

  /** The source system's id of the record. */
  String id();

  boolean deleted();

  /**
   * The newest fact of each record in a batch: a redelivered event is ignored whatever it says; of
   * two events at the same moment, the later in the batch wins.
   */
  static <F extends Fact> List<F> newestById(List<F> facts) {
    Map<String, F> newest = new LinkedHashMap<>();
    Set<UUID> events = new HashSet<>();
    for (F fact : facts) {
      if (events.add(fact.eventId())) {
        newest.merge(fact.id(), fact, (a, b) -> b.occurredAt().isBefore(a.occurredAt()) ? a : b);
      }
    }
    return List.copyOf(newest.values());
  }
}
