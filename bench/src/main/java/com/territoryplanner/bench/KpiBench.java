package com.territoryplanner.bench;

import static com.territoryplanner.bench.BenchSupport.deleteRecursively;
import static com.territoryplanner.bench.BenchSupport.options;
import static com.territoryplanner.bench.BenchSupport.round;
import static com.territoryplanner.bench.BenchSupport.seconds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.territoryplanner.launcher.LocalKafka;
import com.territoryplanner.launcher.LocalPostgres;
import com.territoryplanner.launcher.SuiteServices;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Replaying N opportunity events (default 1,000,000) into correct rollups, side by side with a
 * plain Kafka consumer reading the same topic. The topic holds each opportunity opened, then won,
 * lost or re-estimated, and every 50th event twice (a redelivery); accounts are assigned to 100
 * territories first. The plain consumer reads the topic end to end; then the KPI service starts on
 * the full topics and the clock runs until its figures (bookings and won deals per territory, lost
 * and open deals overall) equal the ones computed here. Prints one JSON line.
 */
public final class KpiBench {

  private static final String SERVICE = "kpi-service";
  private static final int TERRITORIES = 100;
  private static final int DUPLICATE_EVERY = 50;
  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final ObjectMapper JSON = new ObjectMapper();

  private KpiBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int events = Integer.parseInt(options.getOrDefault("--events", "1000000"));
    Path home = Path.of(options.getOrDefault("--home", ".")).toAbsolutePath().normalize();
    Path data = Path.of(options.getOrDefault("--work", "bench/target/kpi")).toAbsolutePath();
    deleteRecursively(data);
    Path logs = Files.createDirectories(data.resolve("logs"));
    try (LocalPostgres postgres = new LocalPostgres(data.resolve("postgres"), 25433);
        LocalKafka kafka =
            new LocalKafka(data.resolve("kafka"), 29094, 29095, logs.resolve("kafka.log"))) {
      String bootstrap = kafka.bootstrapServers();
      long start = System.nanoTime();
      Expected expected = produce(bootstrap, events);
      double produced = seconds(start);

      start = System.nanoTime();
      long read = readPlain(bootstrap, "opportunities.v1");
      double plain = seconds(start);

      start = System.nanoTime();
      HttpClient http = HttpClient.newHttpClient();
      try (SuiteServices kpi =
          new SuiteServices(home, Map.of(SERVICE, 28084), postgres, bootstrap, logs)) {
        kpi.awaitReady(Duration.ofMinutes(3));
        BenchSupport.trust(kpi);
        double ready = seconds(start);
        String actual = "";
        while (!expected.summary().equals(actual)) {
          if (seconds(start) > 900) {
            throw new IllegalStateException(
                "Figures not correct after 900 s: " + actual + " expected " + expected.summary());
          }
          Thread.sleep(250);
          actual = figures(http, kpi.url(SERVICE), expected);
        }
        double replay = seconds(start);
        System.out.println(
            JSON.writeValueAsString(
                Map.of(
                    "events", events,
                    "produce_seconds", round(produced),
                    "plain_consumer_records", read,
                    "plain_consumer_seconds", round(plain),
                    "replay_seconds", round(replay),
                    "service_ready_seconds", round(ready),
                    "replay_after_ready_seconds", round(replay - ready),
                    "replay_to_plain_rate", round(plain / replay),
                    "figures", expected.summary())));
      }
    }
  }

  /** What the figures must come to, as text so that equality is exact. */
  private record Expected(BigDecimal bookings, long won, long lost, long open) {
    String summary() {
      return "bookings=" + bookings.setScale(2) + " won=" + won + " lost=" + lost + " open=" + open;
    }
  }

  private static Expected produce(String bootstrap, int events) throws Exception {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    config.put(ProducerConfig.BATCH_SIZE_CONFIG, 262144);
    config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    int accounts = Math.max(1, events / 20);
    BigDecimal bookings = BigDecimal.ZERO;
    long won = 0;
    long lost = 0;
    long open = 0;
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
      UUID[] territories = new UUID[TERRITORIES];
      for (int t = 0; t < TERRITORIES; t++) {
        territories[t] = UUID.nameUUIDFromBytes(("territory-" + t).getBytes());
      }
      for (int a = 0; a < accounts; a++) {
        int t = a % TERRITORIES;
        producer.send(
            new ProducerRecord<>(
                "assignments.v1",
                "acc-" + a,
                "{\"eventId\":\""
                    + UUID.randomUUID()
                    + "\",\"type\":\"AccountAssigned\",\"occurredAt\":\""
                    + Instant.now()
                    + "\",\"schemaVersion\":1,\"accountId\":\"acc-"
                    + a
                    + "\",\"territoryId\":\""
                    + territories[t]
                    + "\",\"territoryName\":\"Territory "
                    + t
                    + "\",\"repId\":\""
                    + territories[t]
                    + "\",\"effectiveFrom\":\"2024-01-01\"}"));
      }
      int sent = 0;
      for (int k = 0; sent < events; k++) {
        String id = "opp-" + k;
        String account = "acc-" + (k % accounts);
        LocalDate created = START.plusDays(k % 500);
        LocalDate close = created.plusDays(30 + k % 60);
        BigDecimal amount = BigDecimal.valueOf(1000 + (k % 97) * 10);
        Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(k);
        // opened, then won (2 in 5), lost (2 in 5) or re-estimated and still open (1 in 5)
        String[] stages = {
          opportunity(id, account, amount, created, close, false, false, at),
          switch (k % 5) {
            case 0, 1 ->
                opportunity(id, account, amount, created, close, true, true, at.plusMillis(1));
            case 2, 3 ->
                opportunity(id, account, amount, created, close, true, false, at.plusMillis(1));
            default ->
                opportunity(
                    id,
                    account,
                    amount.add(BigDecimal.TEN),
                    created,
                    close,
                    false,
                    false,
                    at.plusMillis(1));
          }
        };
        int stagesSent = 0;
        for (int stage = 0; stage < stages.length && sent < events; stage++) {
          int copies = sent % DUPLICATE_EVERY == 0 ? 2 : 1;
          for (int copy = 0; copy < copies && sent < events; copy++) {
            producer.send(new ProducerRecord<>("opportunities.v1", id, stages[stage]));
            sent++;
          }
          stagesSent++;
        }
        if (stagesSent == 1 || k % 5 == 4) {
          open++; // the last opportunity may have had only its opening sent
        } else if (k % 5 < 2) {
          won++;
          bookings = bookings.add(amount);
        } else {
          lost++;
        }
      }
      producer.flush();
    }
    return new Expected(bookings, won, lost, open);
  }

  private static String opportunity(
      String id,
      String account,
      BigDecimal amount,
      LocalDate created,
      LocalDate close,
      boolean closed,
      boolean won,
      Instant at) {
    return "{\"eventId\":\""
        + UUID.randomUUID()
        + "\",\"type\":\"OpportunityUpserted\",\"occurredAt\":\""
        + at
        + "\",\"schemaVersion\":1,\"opportunityId\":\""
        + id
        + "\",\"accountId\":\""
        + account
        + "\",\"stage\":\""
        + (won ? "Closed Won" : closed ? "Closed Lost" : "Proposal")
        + "\",\"amount\":"
        + amount
        + ",\"currency\":\"USD\",\"closeDate\":\""
        + close
        + "\",\"closed\":"
        + closed
        + ",\"won\":"
        + won
        + ",\"createdDate\":\""
        + created
        + "\"}";
  }

  private static long readPlain(String bootstrap, String topic) {
    Properties config = BenchSupport.consumerConfig(bootstrap);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "plain-" + UUID.randomUUID());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      consumer.subscribe(java.util.List.of(topic));
      long end = -1;
      long read = 0;
      while (end < 0 || read < end) {
        for (var record : consumer.poll(Duration.ofMillis(100))) {
          read += record.value().length() > 0 ? 1 : 0;
        }
        if (end < 0 && !consumer.assignment().isEmpty()) {
          end =
              consumer.endOffsets(consumer.assignment()).values().stream()
                  .mapToLong(Long::longValue)
                  .sum();
        }
      }
      return read;
    }
  }

  /**
   * The service's figures in the same form as {@link Expected#summary()}; empty until the published
   * rollups come to the expected bookings. Only then is the opportunity series read, an aggregate
   * over every deal: polled four times a second from the start, it took CPU from the replay.
   */
  private static String figures(HttpClient http, String url, Expected expected) throws Exception {
    JsonNode rollups =
        JSON.readTree(
            http.send(
                    BenchSupport.request(URI.create(url + "/api/v1/kpis?groupBy=territory"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    BigDecimal published = BigDecimal.ZERO;
    long publishedWon = 0;
    for (JsonNode rollup : rollups) {
      published = published.add(rollup.get("bookings").decimalValue());
      publishedWon += rollup.get("wonDeals").asLong();
    }
    if (published.compareTo(expected.bookings()) != 0 || publishedWon != expected.won()) {
      return "";
    }
    HttpResponse<String> response =
        http.send(
            BenchSupport.request(
                    URI.create(
                        url
                            + "/api/v1/kpis/opportunities?period=range&from=2024-01-01"
                            + "&to=2027-12-31&currency=USD"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode rows = JSON.readTree(response.body());
    if (rows.size() != 1) {
      return "";
    }
    JsonNode kpis = rows.get(0).get("kpis");
    // the published rollups must agree with the series: their sum over territories
    if (published.compareTo(kpis.get("bookings").decimalValue()) != 0
        || publishedWon != kpis.get("wonDeals").asLong()) {
      return "";
    }
    return "bookings="
        + published.setScale(2)
        + " won="
        + publishedWon
        + " lost="
        + kpis.get("lostDeals").asLong()
        + " open="
        + kpis.get("openDeals").asLong();
  }
}
