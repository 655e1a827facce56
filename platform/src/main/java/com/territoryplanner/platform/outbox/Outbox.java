package com.territoryplanner.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.territoryplanner.contracts.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Records events in the caller's transaction, so an event exists exactly when its change was
 * committed. {@link OutboxRelay} publishes them, woken once per committed transaction.
 */
@ApplicationScoped
public class Outbox {

  private static final Object WAKE_UP_REGISTERED = Outbox.class;

  private final ObjectMapper json;
  private final TransactionSynchronizationRegistry transactions;
  private final OutboxRelay relay;

  Outbox(ObjectMapper json, TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
    this.json = json;
    this.transactions = transactions;
    this.relay = relay;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void append(String topic, DomainEvent event) {
    OutboxEntry entry = new OutboxEntry();
    entry.topic = topic;
    entry.eventKey = event.aggregateId();
    entry.createdAt = Instant.now();
    try {
      entry.payload = json.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    entry.persist();
    wakeRelayAfterCommit();
  }

  private void wakeRelayAfterCommit() {
    if (transactions.getResource(WAKE_UP_REGISTERED) != null) {
      return;
    }
    transactions.putResource(WAKE_UP_REGISTERED, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing to do before the commit
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              relay.wakeUp();
            }
          }
        });
  }
}
