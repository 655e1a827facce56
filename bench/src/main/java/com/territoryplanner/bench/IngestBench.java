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
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.postgresql.PGConnection;

/**
 * The ingest benchmark: a Salesforce-format account export posted over HTTP to the packaged ingest
 * service, against PostgreSQL's own {@code COPY} of the same file into a plain table on the same
 * database, in the same run. Also measures how long the outbox takes to publish every event after
 * the import answers, the service's peak heap, and a second import of the unchanged file.
 */
public final class IngestBench {

  private static final String HEADER =
      "Id,Name,BillingPostalCode,BillingCountry,BillingLatitude,BillingLongitude,Industry,"
          + "NaicsCode,Sic,AnnualRevenue,NumberOfEmployees,OwnerId,Website,Type";
  private static final String[] INDUSTRIES = {
    "Software", "Manufacturing", "Retail", "Healthcare", "Finance", "Construction", "Education"
  };
  private static final String[] NAICS = {"5112", "3329", "4451", "6211", "5221", "2362", "6113"};
  private static final String[] SIC = {"7372", "3499", "5411", "8011", "6021", "1541", "8221"};
  private static final String SERVICE = "data-ingest-service";
  private static final int PUSHES = 500;

  private IngestBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int rows = Integer.parseInt(options.getOrDefault("--rows", "1000000"));
    boolean staged = !"at-once".equals(options.getOrDefault("--mode", "staged"));
    int warmUpRows = Integer.parseInt(options.getOrDefault("--warm-up-rows", "20000"));
    Path home = Path.of(options.getOrDefault("--home", ".")).toAbsolutePath().normalize();
    Path work = Path.of(options.getOrDefault("--work", "bench/target/ingest")).toAbsolutePath();
    Path file = work.resolve("salesforce-accounts-" + rows + ".csv");
    if (!Files.exists(file)) {
      Files.createDirectories(work);
      generate(file, rows);
    }
    Path data = work.resolve("run");
    deleteRecursively(data);
    Path logs = Files.createDirectories(data.resolve("logs"));
    try (LocalPostgres postgres = new LocalPostgres(data.resolve("postgres"), 25432);
        LocalKafka kafka =
            new LocalKafka(data.resolve("kafka"), 29092, 29093, logs.resolve("kafka.log"));
        SuiteServices ingest =
            new SuiteServices(
                home, Map.of(SERVICE, 28081), postgres, kafka.bootstrapServers(), logs)) {
      ingest.awaitReady(Duration.ofMinutes(3));
      BenchSupport.trust(ingest);
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("rows", rows);
      result.put("mode", staged ? "staged" : "at-once");
      result.put("warm_up_rows", warmUpRows);
      result.put("file_mb", round(Files.size(file) / 1e6));
      try (Connection sql =
          DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.user())) {
        double copySeconds = copy(sql, file);
        String url = ingest.url(SERVICE) + "/api/v1/imports/crm/accounts?profile=salesforce";
        // one client for the run: a client per poll cost the bench seconds of CPU the service and
        // PostgreSQL being measured share
        HttpClient http = HttpClient.newHttpClient();
        warmUp(http, url, file, warmUpRows);
        HeapSampler heap = new HeapSampler(ingest.url(SERVICE) + "/q/metrics");
        heap.start();
        long start = System.nanoTime();
        JsonNode report = post(url, file, staged);
        double importSeconds = seconds(start);
        long answered = System.nanoTime();
        report = awaitApplied(http, ingest.url(SERVICE), report);
        double appliedAfter = seconds(answered);
        awaitEmptyOutbox(sql);
        double publishedAfter = seconds(answered);
        long reimportStart = System.nanoTime();
        JsonNode second = awaitApplied(http, ingest.url(SERVICE), post(url, file, staged));
        double reimportSeconds = seconds(reimportStart);
        heap.interrupt();
        double copyAgain = copy(sql, file);
        double bestCopy = Math.min(copySeconds, copyAgain);
        result.put("copy_seconds", round(bestCopy));
        result.put("copy_rows_per_s", Math.round(rows / bestCopy));
        result.put("import_seconds", round(importSeconds));
        result.put("import_rows_per_s", Math.round(rows / importSeconds));
        result.put("import_to_copy_rate", round(bestCopy / importSeconds));
        result.put("accepted", report.path("accepted").asLong());
        result.put("created", report.path("created").asLong());
        result.put("applied_after_s", round(appliedAfter));
        result.put("events_published_after_s", round(publishedAfter));
        result.put("events_on_topic", eventsOnTopic(kafka.bootstrapServers()));
        result.put("reimport_seconds", round(reimportSeconds));
        result.put("reimport_unchanged", second.path("unchanged").asLong());
        result.put("heap_peak_mb", Math.round(heap.peakBytes() / 1e6));
        result.putAll(pushLatency(ingest.url(SERVICE), kafka.bootstrapServers(), PUSHES));
      }
      System.out.println(new ObjectMapper().writeValueAsString(result));
    }
  }

  /**
   * Pushes new accounts one at a time, as a CRM webhook does, and measures how long after each
   * answer its event is on accounts.v1: percentiles in milliseconds.
   */
  private static Map<String, Object> pushLatency(String service, String bootstrap, int pushes)
      throws Exception {
    return BenchSupport.pushLatency(
        bootstrap,
        "accounts.v1",
        pushes,
        i ->
            BenchSupport.request(URI.create(service + "/api/v1/sources/crm/accounts/push-" + i))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Pushed " + i + "\"}"))
                .build(),
        i -> "push-" + i);
  }

  /**
   * Salesforce Data Loader columns; every tenth name needs quoting, every seventh country is a
   * name.
   */
  private static void generate(Path file, int rows) throws IOException {
    Random random = new Random(42);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      out.write("\r\n");
      for (int i = 0; i < rows; i++) {
        int industry = random.nextInt(INDUSTRIES.length);
        String id = String.format("001%015d", i);
        out.write(id);
        out.write(',');
        out.write(i % 10 == 0 ? "\"Company " + i + ", Inc\"" : "Company " + i);
        out.write(',');
        out.write(String.format("%05d", 501 + random.nextInt(99000)));
        out.write(',');
        out.write(i % 7 == 0 ? "United States" : "US");
        out.write(',');
        out.write(
            String.format(
                "%.5f,%.5f", 25 + random.nextDouble() * 24, -124 + random.nextDouble() * 57));
        out.write(',');
        out.write(INDUSTRIES[industry] + "," + NAICS[industry] + "," + SIC[industry]);
        out.write(',');
        out.write(Long.toString(100_000L + random.nextInt(50_000_000)));
        out.write(',');
        out.write(Integer.toString(1 + random.nextInt(5000)));
        out.write(",005" + String.format("%015d", random.nextInt(300)));
        out.write(",company" + i + ".example.com");
        out.write(random.nextInt(3) == 0 ? ",Customer" : ",Prospect");
        out.write("\r\n");
      }
    }
  }

  /** COPY of the file into a plain typed table without keys or indexes; seconds taken. */
  private static double copy(Connection sql, Path file) throws Exception {
    try (Statement statement = sql.createStatement()) {
      statement.execute("drop table if exists public.copy_bench");
      statement.execute(
          "create table public.copy_bench (id text, name text, postal_code text, country text,"
              + " latitude float8, longitude float8, industry text, naics text, sic text,"
              + " annual_revenue numeric, employees int, owner_id text, website text, type text)");
    }
    long start = System.nanoTime();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      sql.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn("copy public.copy_bench from stdin (format csv, header true)", in);
    }
    return seconds(start);
  }

  /**
   * Reads the file's first rows as a dry run (nothing is stored), so that the import measured runs
   * compiled code, as a service that has been serving does, not the JIT compiler's first pass.
   */
  private static void warmUp(HttpClient http, String url, Path file, int rows) throws Exception {
    if (rows == 0) {
      return;
    }
    List<String> lines;
    try (Stream<String> all = Files.lines(file)) {
      lines = all.limit(rows + 1L).toList();
    }
    HttpResponse<String> response =
        http.send(
            BenchSupport.request(URI.create(url + "&dryRun=true"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines) + "\n"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("warm-up answered " + response.statusCode() + ": " + response.body());
    }
  }

  /**
   * Posts the import; staged, it answers 202 once the rows are durable, else 200 once applied. The
   * file goes out through a plain connection in large writes: the JDK's HttpClient took half a core
   * to send it, of the two cores the service and PostgreSQL being measured share.
   */
  private static JsonNode post(String url, Path file, boolean staged) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setFixedLengthStreamingMode(Files.size(file));
    connection.setReadTimeout((int) Duration.ofMinutes(30).toMillis());
    connection.setRequestProperty("Content-Type", "text/csv");
    BenchSupport.authorization()
        .ifPresent(value -> connection.setRequestProperty("Authorization", value));
    if (staged) {
      connection.setRequestProperty("Prefer", "respond-async");
    }
    try (OutputStream body = new BufferedOutputStream(connection.getOutputStream(), 1 << 18)) {
      Files.copy(file, body);
    }
    int status = connection.getResponseCode();
    try (InputStream answer =
        status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
      String text = new String(answer.readAllBytes(), StandardCharsets.UTF_8);
      if (status != (staged ? 202 : 200)) {
        throw new IOException("import answered " + status + ": " + text);
      }
      return new ObjectMapper().readTree(text);
    }
  }

  /** The import's report once every row is applied (at once for an import applied at once). */
  private static JsonNode awaitApplied(HttpClient http, String service, JsonNode report)
      throws Exception {
    URI uri = URI.create(service + "/api/v1/imports/" + report.path("importId").asText());
    while ("APPLYING".equals(report.path("status").asText())) {
      Thread.sleep(100);
      HttpResponse<String> response =
          http.send(BenchSupport.request(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
      report = new ObjectMapper().readTree(response.body());
    }
    return report;
  }

  /**
   * Waits until the outbox holds no entry. Asks for its oldest entry by key: counting a table of a
   * million rows ten times a second took both cores from the relay being measured.
   */
  private static void awaitEmptyOutbox(Connection sql) throws Exception {
    while (true) {
      try (Statement statement = sql.createStatement();
          ResultSet oldest =
              statement.executeQuery("select id from ingest.outbox order by id limit 1")) {
        if (!oldest.next()) {
          return;
        }
      }
      Thread.sleep(100);
    }
  }

  private static long eventsOnTopic(String bootstrap) {
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(BenchSupport.consumerConfig(bootstrap))) {
      return consumer.endOffsets(partitions(consumer)).values().stream()
          .mapToLong(Long::longValue)
          .sum();
    }
  }

  private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
    return consumer.partitionsFor("accounts.v1").stream()
        .map(p -> new TopicPartition(p.topic(), p.partition()))
        .toList();
  }

  /** Samples the service's used heap from its Prometheus metrics while the imports run. */
  private static final class HeapSampler extends Thread {
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI metrics;
    private final AtomicLong peak = new AtomicLong();

    HeapSampler(String metrics) {
      this.metrics = URI.create(metrics);
      setDaemon(true);
    }

    @Override
    public void run() {
      while (!isInterrupted()) {
        try {
          String text =
              http.send(BenchSupport.request(metrics).build(), HttpResponse.BodyHandlers.ofString())
                  .body();
          long used =
              text.lines()
                  .filter(
                      l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
                  .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                  .sum();
          peak.accumulateAndGet(used, Math::max);
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        } catch (IOException e) {
          // a missed sample
        }
      }
    }

    long peakBytes() {
      return peak.get();
    }
  }
}
