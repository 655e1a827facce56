package com.territoryplanner.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.territoryplanner.contracts.DomainEvent;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

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
  private final JdbcWork jdbc;

  Outbox(
      ObjectMapper json,
      TransactionSynchronizationRegistry transactions,
      OutboxRelay relay,
      JdbcWork jdbc) {
    this.json = json;
    this.transactions = transactions;
    this.relay = relay;
    this.jdbc = jdbc;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void append(String topic, DomainEvent event) {
    appendAll(topic, List.of(event));
  }

  /**
   * Appends many events in one statement, in list order (so in order per key): the path for bulk
   * imports, where one insert per event would dominate the import's time.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void appendAll(String topic, List<? extends DomainEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    String[] keys = new String[events.size()];
    String[] payloads = new String[events.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = events.get(i).aggregateId();
      payloads[i] = serialise(events.get(i));
    }
    jdbc.run(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "insert into outbox (topic, event_key, payload, created_at)"
                      + " select ?, e.key, e.payload, ? from unnest(?, ?) as e(key, payload)")) {
            insert.setString(1, topic);
            insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setArray(3, connection.createArrayOf("text", keys));
            insert.setArray(4, connection.createArrayOf("text", payloads));
            return insert.executeUpdate();
          }
        });
    wakeRelayAfterCommit();
  }

  private String serialise(DomainEvent event) {
    try {
      return json.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
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
