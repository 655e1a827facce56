package com.territoryplanner.platform.messaging;

import com.territoryplanner.platform.persistence.DatabaseFailures;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Consumes a poll's records as one batch: a burst (an import, a plan activation, a replay of a
 * topic) then costs one transaction per poll instead of one per event. A record that cannot be read
 * goes to the channel's dead-letter topic, {@code dead-letter-topic-<channel>}, through the
 * service's one {@code dead-letters} channel; when the batch fails as a whole its records are
 * written one by one, so that only the one that fails again is dead-lettered and the rest still
 * count. A database that went away is waited for ({@link #whileDatabaseAway}); neither it nor the
 * service stopping ({@link ShutdownWatch}) is ever a reason to dead-letter. Consumers stay
 * idempotent through {@link ProcessedEvents}, so a batch redelivered after a crash counts nothing
 * twice.
 */
public final class EventBatches {

  private static final Logger LOG = Logger.getLogger(EventBatches.class);

  /** How long a batch waits for a database that went away; below Kafka's max.poll.interval.ms. */
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  private EventBatches() {}

  /**
   * Reads every record of the channel's poll with {@code read} and hands the readable ones, in the
   * order they came, to {@code write} (which runs its own transaction).
   */
  public static <E> void consume(
      String channel,
      ConsumerRecords<String, String> records,
      Function<String, E> read,
      Consumer<List<E>> write,
      Emitter<String> deadLetters) {
    // events and the records they were read from, by position: keying a map by the events would
    // hash every field of every event, and would fold a redelivered duplicate into its first copy
    List<E> events = new ArrayList<>(records.count());
    List<ConsumerRecord<String, String>> sources = new ArrayList<>(records.count());
    for (ConsumerRecord<String, String> record : records) {
      try {
        events.add(read.apply(record.value()));
        sources.add(record);
      } catch (IllegalArgumentException e) {
        deadLetter(deadLetters, channel, record, e);
      }
    }
    if (events.isEmpty()) {
      return;
    }
    try {
      whileDatabaseAway(write, Collections.unmodifiableList(events));
    } catch (RuntimeException batchFailure) {
      if (notTheEvents(batchFailure)) {
        throw batchFailure;
      }
      LOG.warnf(
          "A batch of %d events failed (%s); writing them one by one",
          events.size(), batchFailure.getMessage());
      for (int i = 0; i < events.size(); i++) {
        try {
          whileDatabaseAway(write, List.of(events.get(i)));
        } catch (RuntimeException e) {
          if (notTheEvents(e)) {
            throw e;
          }
          deadLetter(deadLetters, channel, sources.get(i), e);
        }
      }
    }
  }

  /**
   * Writes the events, trying again while the database is away (restarting, or the connection
   * lost): such a failure says nothing about the events, which must not be dead-lettered for it.
   * Past {@link #PATIENCE} the failure is the caller's; the records are then not acknowledged and
   * come again.
   */
  private static <E> void whileDatabaseAway(Consumer<List<E>> write, List<E> events) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    long pauseMillis = 250;
    while (true) {
      try {
        write.accept(events);
        return;
      } catch (RuntimeException e) {
        if (!DatabaseFailures.unavailable(e) || System.nanoTime() > deadline) {
          throw e;
        }
        LOG.warnf(
            "Database away, writing %d events again shortly: %s", events.size(), e.getMessage());
        try {
          Thread.sleep(pauseMillis);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
        pauseMillis = Math.min(pauseMillis * 2, 5_000);
      }
    }
  }

  /**
   * A failure that says nothing about the events: the database away, or the service stopping. The
   * records are then not acknowledged, and come again.
   */
  private static boolean notTheEvents(RuntimeException failure) {
    return DatabaseFailures.unavailable(failure) || ShutdownWatch.stopping();
  }

  /**
   * Sends the record as it came, with its key; headers give the reason and where it was read (as
   * SmallRye's own dead-letter strategy names them), so that an operator can find and replay it.
   */
  private static void deadLetter(
      Emitter<String> deadLetters,
      String channel,
      ConsumerRecord<String, String> record,
      RuntimeException reason) {
    LOG.warnf("%s event sent to the dead-letter topic: %s", record.topic(), reason.getMessage());
    RecordHeaders headers = new RecordHeaders();
    header(headers, "dead-letter-reason", String.valueOf(reason.getMessage()));
    header(headers, "dead-letter-topic", record.topic());
    header(headers, "dead-letter-partition", String.valueOf(record.partition()));
    header(headers, "dead-letter-offset", String.valueOf(record.offset()));
    // services consuming the same topic share its dead-letter topic: say which one gave up
    header(
        headers,
        "dead-letter-consumer",
        ConfigProvider.getConfig().getValue("quarkus.application.name", String.class));
    deadLetters.send(
        Message.of(record.value())
            .addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder()
                    .withTopic("dead-letter-topic-" + channel)
                    .withKey(record.key())
                    .withHeaders(headers)
                    .build()));
  }

  private static void header(RecordHeaders headers, String name, String value) {
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
