package com.territoryplanner.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches {@code assignments.v1} as a partner would: which accounts a plan's activation assigned.
 */
final class AssignmentFeed {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOPIC = "assignments.v1";

  private AssignmentFeed() {}

  /** Waits until {@code expected} distinct accounts were assigned by the plan; answers them. */
  static Set<String> awaitAccountsAssigned(
      String bootstrapServers, String planId, int expected, Duration timeout) throws IOException {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ConsumerConfig.GROUP_ID_CONFIG,
            "launcher-" + UUID.randomUUID(),
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false);
    Set<String> accounts = new HashSet<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> partitions = List.of();
      while (accounts.size() < expected && System.nanoTime() < deadline) {
        if (partitions.isEmpty()) {
          partitions = partitions(consumer);
          if (partitions.isEmpty()) {
            sleep(Duration.ofMillis(200));
          } else {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
          }
          continue;
        }
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          JsonNode event = JSON.readTree(record.value());
          if (planId.equals(event.path("planId").asText())) {
            accounts.add(event.path("accountId").asText());
          }
        }
      }
    }
    return accounts;
  }

  private static void sleep(Duration pause) throws IOException {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while waiting for " + TOPIC, interrupted);
    }
  }

  /**
   * The topic's partitions, or none yet: the topic appears with the outbox's first event, and on a
   * busy machine the broker may take longer than one metadata request to answer.
   */
  private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
    try {
      return consumer.partitionsFor(TOPIC, Duration.ofSeconds(2)).stream()
          .map(info -> new TopicPartition(TOPIC, info.partition()))
          .toList();
    } catch (TimeoutException notYet) {
      return List.of();
    }
  }
}
