package com.territoryplanner.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * What every event on every topic carries. Consumers deduplicate on {@link #eventId()}; the
 * aggregate id is the Kafka key, so order holds per aggregate.
 */
public interface DomainEvent {

  UUID eventId();

  String type();

  Instant occurredAt();

  int schemaVersion();

  /** The id of the account, territory or plan the event is about; used as the Kafka key. */
  String aggregateId();
}
