package com.territoryplanner.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the suite on this machine with embedded defaults: starts PostgreSQL, Kafka and the four
 * services, loads the demo company on first run, designs and activates a balanced plan, prints its
 * balance and the URLs, and stops everything on Ctrl-C.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    // PostgreSQL's own messages would bury the summary; its server log still has them
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    Options options = Options.parse(args);
    Path data = options.data();
    Files.createDirectories(data);
    System.out.println("Territory planner: starting PostgreSQL, Kafka and four services");
    System.out.println("  data and logs in " + data.toAbsolutePath());
    Suite suite = new Suite(options.home(), data, Suite.Ports.defaults());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("\nStopping the suite ...");
                  try {
                    suite.close();
                  } catch (Exception e) {
                    System.err.println("While stopping: " + e.getMessage());
                  }
                  stopped.countDown();
                }));
    Path marker = data.resolve("demo-plan.txt");
    SuiteClient client = new SuiteClient(suite.adminAuthorization());
    Optional<String> loaded = loadedDemoPlan(marker, client, suite);
    if (loaded.isPresent()) {
      System.out.println("Demo data already loaded; active plan " + loaded.get());
    } else {
      DemoRun run = new DemoRun(suite, client, options);
      String planId = run.loadSolveAndActivate(data.resolve("reference"));
      Files.writeString(marker, planId + "\n");
    }
    printUrls(suite);
    if (options.exitWhenDone()) {
      System.exit(0);
    }
    System.out.println("\nRunning. Press Ctrl-C to stop.");
    stopped.await();
  }

  /** The demo's plan, when the database still holds it (the marker outlives a deleted one). */
  private static Optional<String> loadedDemoPlan(Path marker, SuiteClient client, Suite suite)
      throws IOException, InterruptedException {
    if (!Files.exists(marker)) {
      return Optional.empty();
    }
    String planId = Files.readString(marker).trim();
    int status = client.status(suite.url("balancing-service") + "/api/v1/plans/" + planId);
    return status == 200 ? Optional.of(planId) : Optional.empty();
  }

  private static void printUrls(Suite suite) {
    System.out.println("\nServices (Swagger UI at /q/swagger-ui, health at /q/health):");
    for (String service : SuiteServices.SERVICES) {
      System.out.printf("  %-22s %s%n", service, suite.url(service));
    }
    System.out.println("  Kafka bootstrap        " + suite.kafkaBootstrapServers());
    System.out.println(
        "\nCredentials made for this run (a restart makes new ones):"
            + "\n  export TOKEN='"
            + suite.adminAuthorization().substring("Bearer ".length())
            + "'   # an admin for a day: curl -H \"Authorization: Bearer $TOKEN\" ..."
            + "\n  export API_KEY='"
            + suite.integrationApiKey()
            + "'   # a CRM integration: curl -H \"X-Api-Key: $API_KEY\" ...");
  }

  /** Command-line options; every one has an embedded default. */
  record Options(
      Path home,
      Path data,
      int accounts,
      int reps,
      int solveSeconds,
      boolean exitWhenDone,
      LocalDate today) {

    static Options parse(String[] args) {
      Map<String, String> given = new java.util.HashMap<>();
      List<String> flags = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        if (args[i].startsWith("--") && i + 1 < args.length && !args[i + 1].startsWith("--")) {
          given.put(args[i], args[++i]);
        } else {
          flags.add(args[i]);
        }
      }
      Path home = Path.of(given.getOrDefault("--home", ".")).toAbsolutePath().normalize();
      return new Options(
          home,
          Path.of(given.getOrDefault("--data", home.resolve(".territory").toString())),
          Integer.parseInt(given.getOrDefault("--accounts", "5000")),
          Integer.parseInt(given.getOrDefault("--reps", "30")),
          Integer.parseInt(given.getOrDefault("--solve-seconds", "30")),
          flags.contains("--exit-when-done"),
          LocalDate.now());
    }
  }

  static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }

  static String text(JsonNode node, String field) {
    return node.path(field).asText();
  }
}
