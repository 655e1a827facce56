package com.territoryplanner.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The four packaged services as processes against one PostgreSQL and one Kafka broker, driven over
 * HTTP the way a CRM, a planner and a dashboard would: accounts in, a plan solved and activated,
 * owners answered, bookings rolled up per territory.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String[][] ACCOUNTS = {
    // id, postal code, lat, lon, employees, revenue: three regions, two postal codes each
    {"E2E-01", "10001", "40.7506", "-73.9972", "1200", "300000000"},
    {"E2E-02", "10001", "40.7506", "-73.9972", "80", "12000000"},
    {"E2E-03", "10002", "40.7160", "-73.9869", "300", "60000000"},
    {"E2E-04", "10002", "40.7160", "-73.9869", "45", "5000000"},
    {"E2E-05", "60601", "41.8853", "-87.6216", "900", "250000000"},
    {"E2E-06", "60601", "41.8853", "-87.6216", "60", "9000000"},
    {"E2E-07", "60602", "41.8830", "-87.6290", "350", "70000000"},
    {"E2E-08", "60602", "41.8830", "-87.6290", "30", "4000000"},
    {"E2E-09", "94105", "37.7898", "-122.3942", "1500", "400000000"},
    {"E2E-10", "94105", "37.7898", "-122.3942", "20", "3000000"},
    {"E2E-11", "94107", "37.7621", "-122.3971", "250", "50000000"},
    {"E2E-12", "94107", "37.7621", "-122.3971", "70", "8000000"},
  };

  private static Suite suite;
  private static SuiteClient client;
  private static Path data;

  /** The reps the first test makes, whom later tests plan with. */
  private static final List<String> repIds = new ArrayList<>();

  @BeforeAll
  static void startSuite() throws Exception {
    data = Files.createTempDirectory("territory-e2e");
    Map<String, Integer> services = new LinkedHashMap<>();
    for (String service : SuiteServices.SERVICES) {
      services.put(service, freePort());
    }
    suite =
        new Suite(
            Path.of(System.getProperty("suite.home", "../..")),
            data,
            new Suite.Ports(freePort(), freePort(), freePort(), services));
    client = new SuiteClient(suite.adminAuthorization());
  }

  @AfterAll
  static void stopSuite() throws Exception {
    if (suite != null) {
      suite.close();
    }
  }

  @Test
  @Order(1)
  void crmExportToOwnerLookupAndBookingsPerTerritory() throws Exception {
    String ingest = suite.url("data-ingest-service");
    String balancing = suite.url("balancing-service");

    StringBuilder csv =
        new StringBuilder("id,name,postal_code,country,lat,lon,naics,employees,annual_revenue\n");
    for (String[] a : ACCOUNTS) {
      csv.append(
              String.join(
                  ",", a[0], "Company " + a[0], a[1], "US", a[2], a[3], "541511", a[4], a[5]))
          .append('\n');
    }
    csv.append("E2E-BAD,Broken,10001,US,40.75,-73.99,541511,-5,100\n");
    long importStart = System.nanoTime();
    JsonNode report = client.postCsv(ingest + "/api/v1/imports/crm/accounts", csv.toString());
    assertThat(report.path("accepted").asInt()).isEqualTo(ACCOUNTS.length);
    assertThat(report.path("rejected").asInt()).isEqualTo(1);
    assertThat(report.path("errors").get(0).path("row").asInt()).isEqualTo(ACCOUNTS.length + 1);
    assertThat(report.path("errors").get(0).path("column").asText()).isEqualTo("employees");

    double[][] homes = {{40.73, -73.99}, {41.88, -87.63}, {37.77, -122.41}};
    for (int r = 0; r < homes.length; r++) {
      repIds.add(
          client
              .postJson(
                  balancing + "/api/v1/reps",
                  Map.of(
                      "name",
                      "Rep " + r,
                      "email",
                      "rep" + r + "@e2e.example",
                      "homeLatitude",
                      homes[r][0],
                      "homeLongitude",
                      homes[r][1],
                      "capacity",
                      1.0))
              .path("id")
              .asText());
    }
    awaitTrue(
        () ->
            client
                    .get(balancing + "/api/v1/planning-accounts/summary")
                    .path("withPotential")
                    .asInt()
                >= ACCOUNTS.length,
        Duration.ofSeconds(60));

    JsonNode plan =
        client.postJson(
            balancing + "/api/v1/plans",
            Map.of("name", "E2E plan", "repIds", repIds, "balanceTolerance", 0.5));
    String planUrl = balancing + "/api/v1/plans/" + plan.path("id").asText();
    client.postJson(planUrl + "/solve", Map.of("seconds", 3));
    awaitTrue(
        () -> client.get(planUrl + "/solve").path("status").asText().equals("COMPLETED"),
        Duration.ofSeconds(90));
    // The plan is activated and deals are imported while the broker is down: owners are
    // answered from the database at once; the assignments and the deals wait in the outboxes,
    // are published once the broker is back, and each deal counts once downstream.
    Map<String, String> territoryOf = new HashMap<>();
    JsonNode deals =
        suite.kafkaOutage(
            () -> {
              client.postJson(planUrl + "/activate", Map.of());
              for (String[] a : ACCOUNTS) {
                JsonNode owner = client.get(balancing + "/api/v1/owners/" + a[0]);
                assertThat(owner.path("planId").asText()).isEqualTo(plan.path("id").asText());
                assertThat(repIds).contains(owner.path("repId").asText());
                territoryOf.put(a[0], owner.path("territoryId").asText());
              }
              // won deals count for the owning territory; lost and open deals do not
              return client.postCsv(
                  ingest + "/api/v1/imports/crm/opportunities",
                  "id,account_id,stage,amount,currency,close_date,is_closed,is_won\n"
                      + "E2E-O1,E2E-01,Closed Won,1000.00,USD,2026-10-01,true,true\n"
                      + "E2E-O2,E2E-05,Closed Won,2500.50,USD,2026-09-15,true,true\n"
                      + "E2E-O3,E2E-09,Closed Won,4000,USD,2026-08-01,true,true\n"
                      + "E2E-O4,E2E-02,Closed Won,500,USD,2026-07-01,true,true\n"
                      + "E2E-O5,E2E-03,Closed Lost,9999,USD,2026-07-01,true,false\n"
                      + "E2E-O6,E2E-04,Proposal,7777,USD,2027-01-01,false,false\n");
            });

    Set<String> assigned =
        AssignmentFeed.awaitAccountsAssigned(
            suite.kafkaBootstrapServers(),
            plan.path("id").asText(),
            ACCOUNTS.length,
            Duration.ofSeconds(60));
    System.out.printf(
        "End to end: import to %d assignments.v1 events in %.1f s, a broker outage included%n",
        assigned.size(), Launcher.seconds(Launcher.since(importStart)));
    assertThat(assigned).hasSize(ACCOUNTS.length);
    assertThat(client.status(balancing + "/api/v1/owners/E2E-BAD")).isEqualTo(404);
    // the run's CRM key reads owners; a request without credentials gets nothing
    assertThat(ownerStatus(balancing, "X-Api-Key", suite.integrationApiKey())).isEqualTo(200);
    assertThat(ownerStatus(balancing, "Accept", "application/json")).isEqualTo(401);

    assertThat(deals.path("accepted").asInt()).isEqualTo(6);
    Map<String, Double> expected = new HashMap<>();
    expected.merge(territoryOf.get("E2E-01"), 1000.00, Double::sum);
    expected.merge(territoryOf.get("E2E-05"), 2500.50, Double::sum);
    expected.merge(territoryOf.get("E2E-09"), 4000.0, Double::sum);
    expected.merge(territoryOf.get("E2E-02"), 500.0, Double::sum);

    String kpis = suite.url("kpi-service") + "/api/v1/kpis?groupBy=territory";
    awaitTrue(
        () -> bookingsByTerritory(client.get(kpis)).equals(expected), Duration.ofSeconds(120));
  }

  @Test
  @Order(2)
  void aBodyThatIsNotCsvGetsAProblem() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            suite.url("data-ingest-service") + "/api/v1/imports/crm/accounts"))
                    .header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofString("%PDF-1.7"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  @Order(3)
  void aKpiServiceKilledInTheMiddleOfABurstCountsEachDealOnceAfterItsRestart() throws Exception {
    String balancing = suite.url("balancing-service");
    String kpis = suite.url("kpi-service") + "/api/v1/kpis?groupBy=territory";
    Map<String, Double> expected = bookingsByTerritory(client.get(kpis));
    int deals = 60_000;
    StringBuilder csv =
        new StringBuilder("id,account_id,stage,amount,currency,close_date,is_closed,is_won\n");
    for (int i = 0; i < deals; i++) {
      String account = ACCOUNTS[i % ACCOUNTS.length][0];
      csv.append("BURST-")
          .append(i)
          .append(',')
          .append(account)
          .append(",Closed Won,1,USD,2026-10-01,true,true\n");
    }
    for (String[] a : ACCOUNTS) {
      String territory =
          client.get(balancing + "/api/v1/owners/" + a[0]).path("territoryId").asText();
      expected.merge(territory, (double) (deals / ACCOUNTS.length), Double::sum);
    }

    CompletableFuture<JsonNode> imported =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return client.postCsv(
                    suite.url("data-ingest-service") + "/api/v1/imports/crm/opportunities",
                    csv.toString());
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    // killed in full flow, once it has stored a few thousand of the deals: its poll, its
    // transaction and its uncommitted offsets are cut
    long stored;
    try (Connection database = database()) {
      do {
        Thread.sleep(10);
        stored = storedDeals(database);
      } while (stored < 2_000);
      suite.kill("kpi-service");
      stored = storedDeals(database);
    }
    System.out.printf("End to end: KPI killed with %d of %d deals stored%n", stored, deals);
    assertThat(stored).isLessThan(deals);
    assertThat(imported.get(3, TimeUnit.MINUTES).path("accepted").asInt()).isEqualTo(deals);

    suite.restart("kpi-service");
    awaitTrue(() -> bookingsByTerritory(client.get(kpis)).equals(expected), Duration.ofMinutes(3));
  }

  @Test
  @Order(4)
  void aBalancingReplicaKilledDuringASolveLeavesAFailedJobAndAnUntouchedPlan() throws Exception {
    String balancing = suite.url("balancing-service");
    String firstReplica;
    try (Connection database = database()) {
      firstReplica = claimers(database).iterator().next();
    }
    String second = suite.startReplica("balancing-service", freePort());
    JsonNode plan =
        client.postJson(
            suite.url(second) + "/api/v1/plans",
            Map.of("name", "Replica plan", "repIds", repIds, "balanceTolerance", 0.5));
    String planId = plan.path("id").asText();
    // queued on the second replica, which claims it at once while its solver is free
    client.postJson(
        suite.url(second) + "/api/v1/plans/" + planId + "/solve", Map.of("seconds", 30));
    try (Connection database = database()) {
      String claimedBy;
      do {
        Thread.sleep(5);
        claimedBy = solvingReplica(database, planId);
      } while (claimedBy == null);
      suite.kill(second);
      assertThat(claimedBy).isNotEqualTo(firstReplica);
    }

    // the surviving replica notices the silent heartbeat and fails the job
    String planUrl = balancing + "/api/v1/plans/" + planId;
    awaitTrue(
        () -> client.get(planUrl + "/solve").path("status").asText().equals("FAILED"),
        Duration.ofSeconds(90));
    JsonNode failed = client.get(planUrl + "/solve");
    System.out.printf("End to end: the killed replica's solve job: %s%n", failed.path("error"));
    assertThat(client.get(planUrl).path("status").asText()).isEqualTo("DRAFT");

    // and solves the plan itself when asked again
    client.postJson(planUrl + "/solve", Map.of("seconds", 3));
    awaitTrue(
        () -> client.get(planUrl + "/solve").path("status").asText().equals("COMPLETED"),
        Duration.ofSeconds(90));
    try (Connection database = database()) {
      assertThat(solvedBy(database, planId)).isEqualTo(firstReplica);
    }
  }

  /** Last: its accounts would otherwise join the plans of the tests before. */
  @Test
  @Order(5)
  void anImportCutByADatabaseRestartFailsCleanlyAndItsRetryStoresEveryRowOnce() throws Exception {
    int rows = 40_000;
    StringBuilder csv = new StringBuilder("id,name,postal_code,country,lat,lon\n");
    for (int i = 0; i < rows; i++) {
      csv.append("PG-").append(i).append(",Restart ").append(i).append(",10001,US,40.75,-73.99\n");
    }
    String file = csv.toString();
    CompletableFuture<HttpResponse<String>> cut =
        CompletableFuture.supplyAsync(() -> importAccounts(file));
    Thread.sleep(1_000);
    suite.restartPostgres();

    // answered, and not as a server error: either the whole import, or a 503 to retry it
    HttpResponse<String> first = cut.get(3, TimeUnit.MINUTES);
    System.out.printf(
        "End to end: an import cut by a database restart answered %d%n", first.statusCode());
    assertThat(first.statusCode()).isIn(200, 503);
    if (first.statusCode() == 503) {
      assertThat(first.body()).contains("database-unavailable");
      assertThat(first.headers().firstValue("Retry-After")).isPresent();
    }

    JsonNode[] retried = new JsonNode[1];
    awaitTrue(
        () -> {
          HttpResponse<String> again = importAccounts(file);
          assertThat(again.statusCode()).isIn(200, 503);
          retried[0] = again.statusCode() == 200 ? JSON.readTree(again.body()) : null;
          return retried[0] != null;
        },
        Duration.ofMinutes(2));
    JsonNode report = retried[0];
    assertThat(report.path("accepted").asInt()).isEqualTo(rows);
    assertThat(report.path("updated").asInt()).isZero();
    // the cut import kept all of its rows or none, and the retry adds exactly the rest
    assertThat(report.path("created").asInt() + report.path("unchanged").asInt()).isEqualTo(rows);
    assertThat(report.path("created").asInt()).isEqualTo(first.statusCode() == 200 ? 0 : rows);
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        suite.postgresJdbcUrl(), suite.postgresUser(), suite.postgresUser());
  }

  private static long storedDeals(Connection database) throws SQLException {
    try (Statement query = database.createStatement();
        ResultSet count =
            query.executeQuery("select count(*) from kpi.opportunity where id like 'BURST-%'")) {
      count.next();
      return count.getLong(1);
    }
  }

  /** The replicas that claimed solve jobs so far. */
  private static Set<String> claimers(Connection database) throws SQLException {
    Set<String> replicas = new HashSet<>();
    try (Statement query = database.createStatement();
        ResultSet rows =
            query.executeQuery(
                "select distinct claimed_by from balancing.solve_job where claimed_by is not null")) {
      while (rows.next()) {
        replicas.add(rows.getString(1));
      }
    }
    return replicas;
  }

  /** The replica solving the plan's job now, or null. */
  private static String solvingReplica(Connection database, String planId) throws SQLException {
    return claimedBy(database, planId, "SOLVING");
  }

  private static String solvedBy(Connection database, String planId) throws SQLException {
    return claimedBy(database, planId, "COMPLETED");
  }

  private static String claimedBy(Connection database, String planId, String status)
      throws SQLException {
    try (PreparedStatement query =
        database.prepareStatement(
            "select claimed_by from balancing.solve_job"
                + " where plan_id = ?::uuid and status = ?")) {
      query.setString(1, planId);
      query.setString(2, status);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  private static HttpResponse<String> importAccounts(String csv) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(
                      URI.create(suite.url("data-ingest-service") + "/api/v1/imports/crm/accounts"))
                  .header("Authorization", suite.adminAuthorization())
                  .header("Content-Type", "text/csv")
                  .POST(HttpRequest.BodyPublishers.ofString(csv))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Double> bookingsByTerritory(JsonNode rollups) {
    Map<String, Double> bookings = new HashMap<>();
    for (JsonNode rollup : rollups) {
      bookings.merge(
          rollup.path("territoryId").asText(), rollup.path("bookings").asDouble(), Double::sum);
    }
    return bookings;
  }

  private interface Check {
    boolean holds() throws Exception;
  }

  private static void awaitTrue(Check check, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!check.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not true within " + timeout);
      }
      Thread.sleep(250);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static int ownerStatus(String balancing, String header, String value) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(balancing + "/api/v1/owners/E2E-01"))
                .header(header, value)
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
