package com.territoryplanner.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to Kafka, oldest first, and deletes entries only once the broker has
 * acknowledged them. When Kafka is down the entries stay and go out when it returns (at least once:
 * consumers deduplicate on the event id). {@code SKIP LOCKED} lets several replicas relay without
 * publishing the same batch twice at once. A commit that appended events wakes the relay at once;
 * the poll is the safety net.
 *
 * <p>It sends with a Kafka producer of its own, not a messaging channel: the channel's per-message
 * machinery (context propagation, a Uni per event) took nearly half of the ingest service's CPU
 * while a bulk import was applied (bench/ingest).
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  private final KafkaProducer<String, String> producer;
  private final DataSource dataSource;
  private final OutboxConfig config;
  private final ReentrantLock draining = new ReentrantLock();
  private final AtomicBoolean wokenWhileDraining = new AtomicBoolean();
  private volatile String lastFailure;

  OutboxRelay(DataSource dataSource, OutboxConfig config) {
    this.producer = new KafkaProducer<>(producerSettings(config));
    this.dataSource = dataSource;
    this.config = config;
  }

  private static Properties producerSettings(OutboxConfig config) {
    Properties settings = new Properties();
    settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    settings.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
    settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    // a bulk import's burst of events goes out in large compressed batches
    settings.put(ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
    settings.put(ProducerConfig.LINGER_MS_CONFIG, 10);
    settings.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    // One request in flight per connection: a retried request cannot land behind a later one, so
    // the order per account holds. Idempotence would also drop retried duplicates, but on a topic
    // the broker creates at the first send it stalled the relay for the 120 s delivery timeout
    // (NOT_LEADER_OR_FOLLOWER, then OUT_OF_ORDER_SEQUENCE_NUMBER until expiry); consumers already
    // drop duplicates by event id.
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
    settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    // with the broker away, a send fails within the batch's wait instead of blocking the relay
    settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, config.sendTimeout().toMillis());
    return settings;
  }

  @PreDestroy
  void close() {
    producer.close(Duration.ofSeconds(5));
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
      lastFailure = null;
    } catch (RuntimeException e) {
      lastFailure = e.getMessage();
      LOG.warnf("Outbox relay paused, will retry: %s", e.getMessage());
    } finally {
      draining.unlock();
    }
  }

  /** Why the relay's last attempt failed, or empty when it published (or had nothing to). */
  Optional<String> lastFailure() {
    return Optional.ofNullable(lastFailure);
  }

  /**
   * Publishes one batch; returns how many entries it published. A local transaction on a connection
   * of its own, not a JTA one: its entries stay locked until the broker has acknowledged them,
   * which may take up to the send timeout, and no caller's transaction is involved.
   */
  int publishBatch() {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        List<PendingEvent> batch = lockBatch(connection);
        if (!batch.isEmpty()) {
          awaitAcknowledged(batch.stream().map(this::send).toList());
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

  private Future<RecordMetadata> send(PendingEvent event) {
    return producer.send(new ProducerRecord<>(event.topic(), event.key(), event.payload()));
  }

  /** Waits for the broker to acknowledge every send, all within the send timeout. */
  private void awaitAcknowledged(List<Future<RecordMetadata>> sends) {
    long deadline = System.nanoTime() + config.sendTimeout().toNanos();
    try {
      for (Future<RecordMetadata> send : sends) {
        send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "the broker refused an event: " + e.getCause().getMessage(), e);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "the broker did not acknowledge within " + config.sendTimeout(), e);
    }
  }
}
