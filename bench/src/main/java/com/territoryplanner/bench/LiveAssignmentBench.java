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
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A CRM push to its owner on {@code assignments.v1}, under an active plan: N accounts on a grid of
 * postal codes are imported into ingest, given a potential on {@code segments.v1}, planned by
 * balancing for R reps and the plan activated; then P new accounts are pushed one at a time (each
 * placed by its postal code's territory), and P existing accounts are pushed with a postal code of
 * another territory (each moves). Each is timed from the push's answer until its {@code
 * assignments.v1} event is on the topic. Prints one JSON line.
 */
public final class LiveAssignmentBench {

  private static final String INGEST = "data-ingest-service";
  private static final String BALANCING = "balancing-service";
  private static final String SEGMENTATION = "segmentation-service";
  private static final String KPI = "kpi-service";
  private static final int GRID = 50;
  private static final ObjectMapper JSON = new ObjectMapper();

  private LiveAssignmentBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int accounts = Integer.parseInt(options.getOrDefault("--accounts", "20000"));
    int reps = Integer.parseInt(options.getOrDefault("--reps", "20"));
    int pushes = Integer.parseInt(options.getOrDefault("--pushes", "500"));
    int loadSeconds = Integer.parseInt(options.getOrDefault("--load-seconds", "30"));
    int connections = Integer.parseInt(options.getOrDefault("--connections", "16"));
    int settleSeconds = Integer.parseInt(options.getOrDefault("--settle-seconds", "60"));
    int bulk = Integer.parseInt(options.getOrDefault("--bulk", "5000"));
    Path home = Path.of(options.getOrDefault("--home", ".")).toAbsolutePath().normalize();
    Path data = Path.of(options.getOrDefault("--work", "bench/target/live")).toAbsolutePath();
    deleteRecursively(data);
    Path logs = Files.createDirectories(data.resolve("logs"));
    HttpClient http = HttpClient.newHttpClient();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("accounts", accounts);
    result.put("reps", reps);
    try (LocalPostgres postgres = new LocalPostgres(data.resolve("postgres"), 25435);
        LocalKafka kafka =
            new LocalKafka(data.resolve("kafka"), 29098, 29099, logs.resolve("kafka.log"));
        SuiteServices suite =
            new SuiteServices(
                home,
                Map.of(INGEST, 28091, SEGMENTATION, 28092, BALANCING, 28093, KPI, 28094),
                postgres,
                kafka.bootstrapServers(),
                logs)) {
      suite.awaitReady(Duration.ofMinutes(3));
      BenchSupport.trust(suite);
      String ingest = suite.url(INGEST);
      String balancing = suite.url(BALANCING);

      long start = System.nanoTime();
      importAccounts(http, ingest, "L-", accounts);
      potentials(kafka.bootstrapServers(), accounts);
      while (planningCopy(http, balancing) < accounts) {
        Thread.sleep(500);
      }
      result.put("planning_copy_seconds", round(seconds(start)));

      Random random = new Random(7);
      List<String> repIds = new ArrayList<>();
      for (int r = 0; r < reps; r++) {
        int code = random.nextInt(GRID * GRID);
        repIds.add(
            send(
                    http,
                    json(
                        balancing + "/api/v1/reps",
                        "POST",
                        Map.of(
                            "name",
                            "Rep " + r,
                            "homeLatitude",
                            latitude(code),
                            "homeLongitude",
                            longitude(code),
                            "capacity",
                            1.0)))
                .get("id")
                .asText());
      }
      String plan =
          send(
                  http,
                  json(
                      balancing + "/api/v1/plans",
                      "POST",
                      Map.of("name", "Live", "repIds", repIds, "balanceTolerance", 0.05)))
              .get("id")
              .asText();
      send(
          http,
          json(balancing + "/api/v1/plans/" + plan + "/solve", "POST", Map.of("seconds", 20)));
      String status = "QUEUED";
      while (status.equals("QUEUED") || status.equals("SOLVING")) {
        Thread.sleep(500);
        status =
            send(http, get(balancing + "/api/v1/plans/" + plan + "/solve")).path("status").asText();
      }
      if (!status.equals("COMPLETED")) {
        throw new IllegalStateException("the solve ended " + status + ", no plan to activate");
      }
      send(http, json(balancing + "/api/v1/plans/" + plan + "/activate", "POST", Map.of()));
      // the activation's own events go out first
      Thread.sleep(5000);

      if (pushes > 0) {
        pushLatencies(http, kafka.bootstrapServers(), ingest, balancing, pushes, result);
      }

      // once the services have worked off what the import and the pushes set off: new accounts in
      // bulk, then owner lookups under load, by account (each request another account) and by
      // postal code, after a warm-up
      Thread.sleep(settleSeconds * 1000L);
      if (bulk > 0) {
        result.put("bulk_accounts", bulk);
        result.put(
            "bulk_placed_seconds",
            round(bulkPlacement(http, kafka.bootstrapServers(), ingest, bulk)));
      }
      String byAccount = "'/api/v1/owners/L-' .. (n % " + accounts + ")";
      String byPostalCode = "'/api/v1/owners?postalCode=' .. (10000 + n % " + GRID * GRID + ")";
      // partners that look owners up call with their API key; a frontend, with a bearer token
      String apiKey = "X-Api-Key: " + suite.integrationApiKey();
      String token = "Authorization: " + suite.adminAuthorization();
      OwnerLookupLoad.run(balancing, byAccount, 20, connections, data, apiKey);
      result.put(
          "lookup_by_account",
          OwnerLookupLoad.run(balancing, byAccount, loadSeconds, connections, data, apiKey));
      result.put(
          "lookup_by_postal_code",
          OwnerLookupLoad.run(balancing, byPostalCode, loadSeconds, connections, data, apiKey));
      result.put(
          "lookup_by_account_with_token",
          OwnerLookupLoad.run(balancing, byAccount, loadSeconds, connections, data, token));
      result.put(
          "lookup_by_postal_code_with_token",
          OwnerLookupLoad.run(balancing, byPostalCode, loadSeconds, connections, data, token));
    }
    System.out.println(JSON.writeValueAsString(result));
  }

  /** New and moved accounts pushed one at a time, each timed to its assignments.v1 event. */
  private static void pushLatencies(
      HttpClient http,
      String bootstrap,
      String ingest,
      String balancing,
      int pushes,
      Map<String, Object> result)
      throws Exception {
    Map<String, Object> created =
        BenchSupport.pushLatency(
            bootstrap,
            "assignments.v1",
            pushes,
            i -> {
              int code = (i * 7919) % (GRID * GRID);
              return push(ingest, "N-" + i, postalCode(code), latitude(code), longitude(code));
            },
            i -> "N-" + i);
    created.forEach((key, value) -> result.put("new_" + key, value));

    // each moved account's new postal code is one another territory owns
    List<Integer> targets = new ArrayList<>();
    for (int i = 0; i < pushes; i++) {
      String owner =
          send(http, get(balancing + "/api/v1/owners/L-" + i)).get("territoryId").asText();
      int code = (i * 31 + GRID * GRID / 2) % (GRID * GRID);
      while (owner.equals(ownerOf(http, balancing, postalCode(code)))) {
        code = (code + 97) % (GRID * GRID);
      }
      targets.add(code);
    }
    IntFunction<HttpRequest> move =
        i -> {
          int code = targets.get(i);
          return push(ingest, "L-" + i, postalCode(code), latitude(code), longitude(code));
        };
    Map<String, Object> moved =
        BenchSupport.pushLatency(bootstrap, "assignments.v1", pushes, move, i -> "L-" + i);
    moved.forEach((key, value) -> result.put("move_" + key, value));
  }

  /**
   * Seconds from posting a file of new accounts to the active plan until every one of them has its
   * assignments.v1 event: live placement in bulk, as after a CRM's nightly export.
   */
  private static double bulkPlacement(HttpClient http, String bootstrap, String ingest, int bulk)
      throws Exception {
    try (KafkaConsumer<String, String> consumer =
        BenchSupport.consumerAtEnd(bootstrap, "assignments.v1")) {
      long start = System.nanoTime();
      importAccounts(http, ingest, "B-", bulk);
      Set<String> placed = new HashSet<>();
      while (placed.size() < bulk) {
        if (seconds(start) > 900) {
          throw new IOException("only " + placed.size() + " of " + bulk + " placed in 900 s");
        }
        for (var event : consumer.poll(Duration.ofMillis(200))) {
          if (event.key().startsWith("B-")) {
            placed.add(event.key());
          }
        }
      }
      return seconds(start);
    }
  }

  /** Imports accounts {@code prefix0 …} spread over the grid of postal codes, as a CRM export. */
  private static void importAccounts(HttpClient http, String ingest, String prefix, int count)
      throws IOException, InterruptedException {
    StringBuilder csv = new StringBuilder("id,name,postal_code,country,lat,lon\n");
    for (int a = 0; a < count; a++) {
      int code = a % (GRID * GRID);
      csv.append(prefix)
          .append(a)
          .append(",Company ")
          .append(prefix)
          .append(a)
          .append(',')
          .append(postalCode(code))
          .append(",US,")
          .append(latitude(code))
          .append(',')
          .append(longitude(code))
          .append('\n');
    }
    send(http, request(ingest + "/api/v1/imports/crm/accounts", "text/csv", "POST", csv));
  }

  private static String postalCode(int code) {
    return String.format("%05d", 10000 + code);
  }

  private static double latitude(int code) {
    return 30.0 + (code / GRID) * 0.1;
  }

  private static double longitude(int code) {
    return -100.0 + (code % GRID) * 0.1;
  }

  /** Each account's potential, as segmentation would publish it. */
  private static void potentials(String bootstrap, int accounts) {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
      for (int a = 0; a < accounts; a++) {
        producer.send(
            new ProducerRecord<>(
                "segments.v1",
                "L-" + a,
                "{\"eventId\":\""
                    + UUID.randomUUID()
                    + "\",\"type\":\"AccountSegmentChanged\",\"occurredAt\":\""
                    + Instant.now()
                    + "\",\"schemaVersion\":1,\"accountId\":\"L-"
                    + a
                    + "\",\"potential\":"
                    + (1000 + (a * 37L) % 5000)
                    + ",\"currency\":\"USD\",\"sizeTier\":\"SMB\"}"));
      }
    }
  }

  private static long planningCopy(HttpClient http, String balancing)
      throws IOException, InterruptedException {
    JsonNode summary = send(http, get(balancing + "/api/v1/planning-accounts/summary"));
    // an account counts once both its description (with its location) and its potential are in
    return Math.min(
        summary.path("withLocation").asLong(),
        Math.min(summary.path("accounts").asLong(), summary.path("withPotential").asLong()));
  }

  private static String ownerOf(HttpClient http, String balancing, String postalCode)
      throws IOException, InterruptedException {
    return send(http, get(balancing + "/api/v1/owners?postalCode=" + postalCode))
        .get("territoryId")
        .asText();
  }

  private static HttpRequest push(
      String ingest, String id, String postalCode, double latitude, double longitude) {
    Map<String, Object> body =
        Map.of(
            "name", "Company " + id,
            "postal_code", postalCode,
            "country", "US",
            "lat", latitude,
            "lon", longitude);
    try {
      return request(
          ingest + "/api/v1/sources/crm/accounts/" + id,
          "application/json",
          "PUT",
          JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpRequest json(String url, String method, Object body) throws IOException {
    return request(url, "application/json", method, JSON.writeValueAsString(body));
  }

  private static HttpRequest get(String url) {
    return BenchSupport.request(URI.create(url)).GET().build();
  }

  private static HttpRequest request(String url, String type, String method, CharSequence body) {
    return BenchSupport.request(URI.create(url))
        .header("Content-Type", type)
        .method(method, HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
  }

  private static JsonNode send(HttpClient http, HttpRequest request)
      throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IOException(
          request.method()
              + " "
              + request.uri()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
    return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
  }
}
