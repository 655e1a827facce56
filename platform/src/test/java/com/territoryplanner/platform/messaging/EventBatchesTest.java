package com.territoryplanner.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventBatchesTest {

  private final DeadLetters deadLetters = new DeadLetters();
  private final List<List<String>> written = new ArrayList<>();

  @BeforeAll
  static void nameTheService() {
    // a dead letter says which service gave up on it
    System.setProperty("quarkus.application.name", "test-service");
  }

  @Test
  void aRecordThatCannotBeReadIsDeadLetteredAndTheRestAreWrittenAsOneBatch() {
    EventBatches.consume(
        "deals",
        records("k1", "a", "k2", "unreadable", "k3", "b"),
        EventBatchesTest::read,
        this::write,
        deadLetters);

    assertThat(written).containsExactly(List.of("a", "b"));
    assertThat(deadLetters.keys()).containsExactly("k2");
  }

  @Test
  void whenTheBatchFailsEachEventIsWrittenAloneAndOnlyTheOneThatFailsIsDeadLettered() {
    EventBatches.consume(
        "deals",
        records("k1", "a", "k2", "poison", "k3", "a", "k4", "c"),
        EventBatchesTest::read,
        this::write,
        deadLetters);

    // the redelivered "a" reaches the writer as often as it came: consumers drop duplicates
    assertThat(written).containsExactly(List.of("a"), List.of("a"), List.of("c"));
    assertThat(deadLetters.keys()).containsExactly("k2");
    assertThat(deadLetters.reasons()).containsExactly("poison refused");
  }

  private static String read(String payload) {
    if (payload.equals("unreadable")) {
      throw new IllegalArgumentException("not an event");
    }
    return payload;
  }

  private void write(List<String> events) {
    if (events.contains("poison")) {
      throw new IllegalStateException("poison refused");
    }
    written.add(List.copyOf(events));
  }

  /** Records of one partition, from key and value pairs. */
  private static ConsumerRecords<String, String> records(String... keysAndValues) {
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      records.add(
          new ConsumerRecord<>("deals.v1", 0, i / 2, keysAndValues[i], keysAndValues[i + 1]));
    }
    return new ConsumerRecords<>(Map.of(new TopicPartition("deals.v1", 0), records));
  }

  /** The dead-letter channel's emitter, keeping what it was given. */
  private static final class DeadLetters implements Emitter<String> {

    private final List<Message<? extends String>> sent = new ArrayList<>();

    List<String> keys() {
      return sent.stream().map(message -> metadata(message).getKey().toString()).toList();
    }

    List<String> reasons() {
      return sent.stream()
          .map(
              message ->
                  new String(
                      metadata(message).getHeaders().lastHeader("dead-letter-reason").value(),
                      StandardCharsets.UTF_8))
          .toList();
    }

    private static OutgoingKafkaRecordMetadata<?> metadata(Message<? extends String> message) {
      return message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
    }

    @Override
    public CompletionStage<Void> send(String payload) {
      throw new UnsupportedOperationException("dead letters are sent as messages");
    }

    @Override
    public <M extends Message<? extends String>> void send(M message) {
      sent.add(message);
    }

    @Override
    public void complete() {}

    @Override
    public void error(Exception e) {}

    @Override
    public boolean isCancelled() {
      return false;
    }

    @Override
    public boolean hasRequests() {
      return true;
    }
  }
}
