package com.territoryplanner.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what a service really published to a topic of the test broker, from the beginning. */
public final class PublishedEvents {

  private static final Duration QUIET_PERIOD = Duration.ofSeconds(1);

  private PublishedEvents() {}

  /**
   * Waits until at least {@code expected} records whose key matches have arrived, then listens a
   * little longer so that a test also sees records that should not have been published.
   */
  public static List<ConsumerRecord<String, String>> await(
      String bootstrapServers,
      String topic,
      Predicate<String> keys,
      int expected,
      Duration timeout) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ConsumerConfig.GROUP_ID_CONFIG,
            "test-reader-" + UUID.randomUUID(),
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false);
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      List<ConsumerRecord<String, String>> found = new ArrayList<>();
      long deadline = System.nanoTime() + timeout.toNanos();
      List<TopicPartition> partitions = List.of();
      while (System.nanoTime() < deadline && found.size() < expected) {
        if (partitions.isEmpty()) {
          partitions =
              consumer.partitionsFor(topic, Duration.ofSeconds(2)).stream()
                  .map(info -> new TopicPartition(topic, info.partition()))
                  .toList();
          consumer.assign(partitions);
          consumer.seekToBeginning(partitions);
        }
        poll(consumer, keys, found, Duration.ofMillis(200));
      }
      poll(consumer, keys, found, QUIET_PERIOD);
      return found;
    }
  }

  private static void poll(
      KafkaConsumer<String, String> consumer,
      Predicate<String> keys,
      List<ConsumerRecord<String, String>> found,
      Duration duration) {
    if (consumer.assignment().isEmpty()) {
      return;
    }
    consumer
        .poll(duration)
        .forEach(
            record -> {
              if (record.key() != null && keys.test(record.key())) {
                found.add(record);
              }
            });
  }
}
