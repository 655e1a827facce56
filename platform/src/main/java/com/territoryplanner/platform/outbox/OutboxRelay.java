package com.territoryplanner.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to Kafka, oldest first, and deletes entries only once the broker has
 * acknowledged them. When Kafka is down the entries stay and go out when it returns (at least once:
 * consumers deduplicate on the event id). {@code SKIP LOCKED} lets several replicas relay without
 * publishing the same batch twice at once. A commit that appended events wakes the relay at once;
 * the poll is the safety net.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  private final MutinyEmitter<String> emitter;
  private final DataSource dataSource;
  private final OutboxConfig config;
  private final ReentrantLock draining = new ReentrantLock();
  private final AtomicBoolean wokenWhileDraining = new AtomicBoolean();

  OutboxRelay(
      // the relay bounds what is in flight (one batch), so the emitter may buffer a whole batch
      @Channel("outbox") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
          MutinyEmitter<String> emitter,
      DataSource dataSource,
      OutboxConfig config) {
    this.emitter = emitter;
    this.dataSource = dataSource;
    this.config = config;
  }

  /** Called after a commit that appended events. */
  void wakeUp() {
    Infrastructure.getDefaultWorkerPool().execute(this::drain);
  }

  @Scheduled(
      every = "${platform.outbox.poll-interval:1s}",
      delayed = "5s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void drain() {
    if (!draining.tryLock()) {
      wokenWhileDraining.set(true);
      return;
    }
    try {
      do {
        wokenWhileDraining.set(false);
        while (publishBatch() == config.batchSize()) {
          // a full batch means more may be waiting
        }
      } while (wokenWhileDraining.get());
    } catch (RuntimeException e) {
      LOG.warnf("Outbox relay paused, will retry: %s", e.getMessage());
    } finally {
      draining.unlock();
    }
  }

  /**
   * Publishes one batch; returns how many entries it published. A local transaction on a connection
   * of its own, not a JTA one: the broker's acknowledgements arrive on the producer's threads,
   * which context propagation would associate with a JTA transaction, and Narayana refuses to
   * commit a transaction other threads are still in (the batch was then rolled back and published
   * again).
   */
  int publishBatch() {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        List<PendingEvent> batch = lockBatch(connection);
        if (!batch.isEmpty()) {
          List<Uni<Void>> sends = batch.stream().map(this::send).toList();
          Uni.join().all(sends).andFailFast().await().atMost(config.sendTimeout());
          delete(connection, batch);
        }
        connection.commit();
        return batch.size();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** An outbox entry on its way to the broker. */
  private record PendingEvent(long id, String topic, String key, String payload) {}

  private List<PendingEvent> lockBatch(Connection connection) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select id, topic, event_key, payload from outbox order by id limit ?"
                + " for update skip locked")) {
      select.setInt(1, config.batchSize());
      List<PendingEvent> batch = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          batch.add(
              new PendingEvent(
                  rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4)));
        }
      }
      return batch;
    }
  }

  private static int delete(Connection connection, List<PendingEvent> batch) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("delete from outbox where id = any(?)")) {
      delete.setArray(
          1, connection.createArrayOf("int8", batch.stream().map(PendingEvent::id).toArray()));
      return delete.executeUpdate();
    }
  }

  private Uni<Void> send(PendingEvent event) {
    OutgoingKafkaRecordMetadata<String> metadata =
        OutgoingKafkaRecordMetadata.<String>builder()
            .withTopic(event.topic())
            .withKey(event.key())
            .build();
    return emitter.sendMessage(Message.of(event.payload()).addMetadata(metadata));
  }
}
