package com.territoryplanner.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/** The first run: the demo company in, a balanced plan designed and activated, numbers out. */
final class DemoRun {

  private static final long SEED = 20261124L;

  private final Suite suite;
  private final SuiteClient client;
  private final Launcher.Options options;

  DemoRun(Suite suite, SuiteClient client, Launcher.Options options) {
    this.suite = suite;
    this.client = client;
    this.options = options;
  }

  /** Answers the id of the activated plan. */
  String loadSolveAndActivate(Path referenceCache) throws Exception {
    System.out.println("\nDemo company: US population reference from the npm registry");
    DemoCompany company =
        DemoCompany.generate(
            UsPopulation.load(referenceCache),
            options.accounts(),
            options.reps(),
            SEED,
            options.today());
    String ingest = suite.url("data-ingest-service");
    String balancing = suite.url("balancing-service");

    long importStart = System.nanoTime();
    JsonNode accounts =
        client.postCsv(ingest + "/api/v1/imports/crm/accounts", company.accountsCsv());
    JsonNode deals =
        client.postCsv(ingest + "/api/v1/imports/crm/opportunities", company.opportunitiesCsv());
    System.out.printf(
        "  imported %d accounts and %d opportunities (%d and %d rejected) in %.1f s%n",
        accounts.path("accepted").asLong(),
        deals.path("accepted").asLong(),
        accounts.path("rejected").asLong(),
        deals.path("rejected").asLong(),
        Launcher.seconds(Launcher.since(importStart)));

    List<String> repIds = new ArrayList<>();
    for (DemoCompany.Rep rep : company.reps()) {
      repIds.add(
          client
              .postJson(
                  balancing + "/api/v1/reps",
                  Map.of(
                      "name", rep.name(),
                      "email", rep.email(),
                      "homeLatitude", rep.latitude(),
                      "homeLongitude", rep.longitude(),
                      "capacity", 1.0))
              .path("id")
              .asText());
    }
    long expected = accounts.path("accepted").asLong();
    awaitPlanningCopy(balancing, expected);
    Duration toPlanningCopy = Launcher.since(importStart);
    System.out.printf(
        "  %d reps; balancing holds every account with its potential %.1f s after the import began%n",
        repIds.size(), Launcher.seconds(toPlanningCopy));

    JsonNode plan =
        client.postJson(
            balancing + "/api/v1/plans",
            Map.of("name", "Demo plan", "repIds", repIds, "balanceTolerance", 0.05));
    String planId = plan.path("id").asText();
    String planUrl = balancing + "/api/v1/plans/" + planId;
    client.postJson(planUrl + "/solve", Map.of("seconds", options.solveSeconds()));
    System.out.printf("  solving plan %s for up to %d s ...%n", planId, options.solveSeconds());
    JsonNode job = awaitSolved(planUrl);
    System.out.printf(
        "  solver %s: best score %s, feasible %s%n",
        job.path("status").asText(), job.path("bestScore").asText(), job.path("feasible").asText());

    long activationStart = System.nanoTime();
    client.postJson(planUrl + "/activate", Map.of());
    Set<String> assigned =
        AssignmentFeed.awaitAccountsAssigned(
            suite.kafkaBootstrapServers(), planId, (int) expected, Duration.ofMinutes(2));
    Duration activationToEvents = Launcher.since(activationStart);

    printBalance(client.get(planUrl));
    printAnalysis(client.get(planUrl + "/analysis"));
    System.out.printf(
        "%nTimings: import to planning copy %.1f s; activation to %d assignments.v1 events %.1f s%n",
        Launcher.seconds(toPlanningCopy), assigned.size(), Launcher.seconds(activationToEvents));
    printBookings();
    return planId;
  }

  private void awaitPlanningCopy(String balancing, long accounts) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode summary = client.get(balancing + "/api/v1/planning-accounts/summary");
      if (summary.path("withPotential").asLong() >= accounts) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IOException("Balancing did not receive every account within 5 minutes");
  }

  private JsonNode awaitSolved(String planUrl) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(options.solveSeconds() + 180L).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode job = client.get(planUrl + "/solve");
      String status = job.path("status").asText();
      if (status.equals("COMPLETED")) {
        return job;
      }
      if (status.equals("FAILED") || status.equals("STOPPED")) {
        throw new IOException("The solve ended " + status + ": " + job);
      }
      Thread.sleep(1000);
    }
    throw new IOException("The solve did not finish in time");
  }

  private static void printBalance(JsonNode plan) {
    List<JsonNode> territories =
        StreamSupport.stream(plan.path("territories").spliterator(), false)
            .sorted(Comparator.comparingDouble(t -> t.path("potential").asDouble()))
            .toList();
    double mean =
        territories.stream().mapToDouble(t -> t.path("potential").asDouble()).average().orElse(0);
    System.out.printf(
        "%nBalance of plan '%s' (%d territories, potential relative to the mean):%n",
        plan.path("name").asText(), territories.size());
    for (JsonNode territory : territories) {
      double ratio = territory.path("potential").asDouble() / mean;
      System.out.printf(
          "  %-28s %-22s %6d accounts  potential %,14.0f  %5.3f%n",
          territory.path("name").asText(),
          territory.path("repName").asText(),
          territory.path("accountCount").asLong(),
          territory.path("potential").asDouble(),
          ratio);
    }
    if (!territories.isEmpty()) {
      System.out.printf(
          "  lightest %.3f, heaviest %.3f of the mean%n",
          territories.get(0).path("potential").asDouble() / mean,
          territories.get(territories.size() - 1).path("potential").asDouble() / mean);
    }
  }

  /** The plan's own check: contiguity, compactness, and every territory that breaks a rule. */
  private static void printAnalysis(JsonNode analysis) {
    int split = 0;
    List<String> broken = new ArrayList<>();
    for (JsonNode territory : analysis.path("territories")) {
      split += territory.path("pieces").asInt() > 1 ? 1 : 0;
      for (JsonNode finding : territory.path("findings")) {
        if (finding.asText().startsWith("breaks") || finding.asText().startsWith("cannot")) {
          broken.add(territory.path("name").asText() + ": " + finding.asText());
        }
      }
    }
    System.out.printf(
        "  feasible %s; %d territories in more than one piece; compactness %.1f km"
            + " (potential-weighted distance to the territory centre)%n",
        analysis.path("feasible").asBoolean(), split, analysis.path("compactnessKm").asDouble());
    broken.stream().limit(10).forEach(line -> System.out.println("  " + line));
  }

  /** Prints the bookings rollup once it has settled: unchanged for three seconds. */
  private void printBookings() throws Exception {
    String kpis = suite.url("kpi-service") + "/api/v1/kpis?groupBy=territory";
    JsonNode rollups = client.get(kpis);
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    int unchanged = 0;
    while (unchanged < 3 && System.nanoTime() < deadline) {
      Thread.sleep(1000);
      JsonNode latest = client.get(kpis);
      unchanged = !latest.isEmpty() && latest.equals(rollups) ? unchanged + 1 : 0;
      rollups = latest;
    }
    double bookings = 0;
    long won = 0;
    for (JsonNode rollup : rollups) {
      bookings += rollup.path("bookings").asDouble();
      won += rollup.path("wonDeals").asLong();
    }
    System.out.printf(
        "KPIs: %d territories with closed-won bookings, %d deals, %,.0f in total%n",
        rollups.size(), won, bookings);
  }
}
