package com.territoryplanner.bench;

import com.territoryplanner.launcher.SuiteServices;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.IntFunction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What the service benchmarks share: options, a clean run folder, times. */
final class BenchSupport {

  /** The Authorization header for the services this run started; none before they start. */
  private static volatile String authorization;

  private BenchSupport() {}

  /** From now on, requests carry an admin's token that these services trust. */
  static void trust(SuiteServices services) {
    authorization = services.adminAuthorization();
  }

  /** A request to a service of this run, with its credentials. */
  /** The Authorization header's value for the suite's services, once trusted. */
  static Optional<String> authorization() {
    return Optional.ofNullable(authorization);
  }

  static HttpRequest.Builder request(URI uri) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri);
    return authorization == null ? request : request.header("Authorization", authorization);
  }

  /** {@code --name value} pairs. */
  static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    return options;
  }

  static void deleteRecursively(Path path) throws IOException {
    if (Files.exists(path)) {
      try (var walk = Files.walk(path)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  /**
   * Pushes records one at a time, as a CRM webhook does, and measures how long after each answer an
   * event keyed {@code keyOf(i)} is on {@code topic}: percentiles in milliseconds.
   */
  static Map<String, Object> pushLatency(
      String bootstrap,
      String topic,
      int pushes,
      IntFunction<HttpRequest> push,
      IntFunction<String> keyOf)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Map<String, Integer> indexOf = new HashMap<>();
    for (int i = 0; i < pushes; i++) {
      indexOf.put(keyOf.apply(i), i);
    }
    long[] answered = new long[pushes];
    long[] arrived = new long[pushes];
    try (KafkaConsumer<String, String> consumer = consumerAtEnd(bootstrap, topic)) {
      int seen = 0;
      for (int i = 0; i < pushes; i++) {
        HttpResponse<String> response =
            http.send(push.apply(i), HttpResponse.BodyHandlers.ofString());
        answered[i] = System.nanoTime();
        if (response.statusCode() != 200) {
          throw new IOException("push answered " + response.statusCode() + ": " + response.body());
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (seen <= i) {
          if (System.nanoTime() > deadline) {
            throw new IOException("no event on " + topic + " for " + keyOf.apply(i) + " in 30 s");
          }
          for (var event : consumer.poll(Duration.ofMillis(5))) {
            Integer index = indexOf.get(event.key());
            if (index != null && arrived[index] == 0) {
              arrived[index] = System.nanoTime();
              seen++;
            }
          }
        }
      }
    }
    long[] millis = new long[pushes];
    for (int i = 0; i < pushes; i++) {
      millis[i] = Math.max(0, (arrived[i] - answered[i]) / 1_000_000);
    }
    Arrays.sort(millis);
    Map<String, Object> latency = new LinkedHashMap<>();
    latency.put("pushes", pushes);
    latency.put("push_to_event_p50_ms", millis[pushes / 2]);
    latency.put("push_to_event_p99_ms", millis[(int) Math.ceil(pushes * 0.99) - 1]);
    latency.put("push_to_event_max_ms", millis[pushes - 1]);
    return latency;
  }

  /** A consumer of every partition of the topic, from its end: it sees only what comes next. */
  static KafkaConsumer<String, String> consumerAtEnd(String bootstrap, String topic) {
    KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(bootstrap));
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
    return consumer;
  }

  /** A consumer of string keys and values from the broker, in no group. */
  static Properties consumerConfig(String bootstrap) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    return config;
  }
}
