package com.territoryplanner.balancing.rest;

import static com.territoryplanner.balancing.rest.PlanningApi.account;
import static com.territoryplanner.balancing.rest.PlanningApi.analysisOf;
import static com.territoryplanner.balancing.rest.PlanningApi.await;
import static com.territoryplanner.balancing.rest.PlanningApi.awaitJob;
import static com.territoryplanner.balancing.rest.PlanningApi.createPlan;
import static com.territoryplanner.balancing.rest.PlanningApi.createRep;
import static com.territoryplanner.balancing.rest.PlanningApi.segment;
import static com.territoryplanner.balancing.rest.PlanningApi.solveToCompletion;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.territoryplanner.balancing.engine.ProblemBuilder;
import com.territoryplanner.contracts.AccountEvent;
import com.territoryplanner.contracts.DomainEvent;
import com.territoryplanner.contracts.SegmentEvent;
import com.territoryplanner.contracts.Topics;
import com.territoryplanner.testsupport.PublishedEvents;
import com.territoryplanner.testsupport.RealInfrastructure;
import com.territoryplanner.testsupport.TestAccounts;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton end to end, on the real broker and database: accounts and segments arrive as
 * events, a plan is drafted, solved, activated, assignments are published, owners answer.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class PlanningFlowTest {

  @Inject ObjectMapper json;

  private final String prefix = UUID.randomUUID().toString().substring(0, 8) + "-";

  @Test
  void accountsArriveArePlannedSolvedActivatedAndPublished() throws Exception {
    // Two cities: Berlin postal codes A and B, Munich C and D (plus one account without postal
    // code), Hamburg E. Segments arrive before accounts for some, after for others.
    List<Object[]> accounts =
        List.of(
            new Object[] {"a1", "A", 52.52, 13.40, 100_000},
            new Object[] {"a2", "A", 52.53, 13.41, 50_000},
            new Object[] {"a3", "A", 52.51, 13.39, 30_000},
            new Object[] {"a4", "B", 52.40, 13.50, 80_000},
            new Object[] {"a5", "B", 52.41, 13.52, 90_000},
            new Object[] {"a6", "C", 48.14, 11.58, 120_000},
            new Object[] {"a7", "C", 48.15, 11.57, 60_000},
            new Object[] {"a8", "D", 48.10, 11.60, 150_000},
            new Object[] {"a9", null, 48.12, 11.55, 40_000},
            new Object[] {"a10", "E", 53.55, 10.00, 100_000});
    Map<String, UUID> segmentEventIds = new HashMap<>();
    try (KafkaProducer<String, String> producer = RealInfrastructure.kafkaProducer()) {
      for (int i = 0; i < accounts.size(); i++) {
        Object[] a = accounts.get(i);
        String id = prefix + a[0];
        String postal = a[1] == null ? null : prefix + a[1];
        AccountEvent account = account(id, postal, (Double) a[2], (Double) a[3]);
        SegmentEvent segment = segment(UUID.randomUUID(), id, (Integer) a[4]);
        segmentEventIds.put(id, segment.eventId());
        if (i < 5) {
          send(producer, Topics.SEGMENTS, id, segment);
          send(producer, Topics.ACCOUNTS, id, account);
        } else {
          send(producer, Topics.ACCOUNTS, id, account);
          send(producer, Topics.SEGMENTS, id, segment);
        }
      }
      producer.flush();

      for (Object[] a : accounts) {
        String id = prefix + a[0];
        await(
            "planning copy of " + id,
            () -> {
              var response = given().get("/api/v1/planning-accounts/{id}", id);
              return response.statusCode() == 200
                  && response.jsonPath().get("name") != null
                  && response.jsonPath().get("potential") != null;
            });
      }

      // A redelivered event (same id, whatever it carries) changes nothing. The marker, sent on
      // the same partition (same key) after it, shows that the duplicate has been consumed.
      String a1 = prefix + "a1";
      send(producer, Topics.SEGMENTS, a1, segment(segmentEventIds.get(a1), a1, 999_999));
      String marker = prefix + "marker";
      send(producer, Topics.SEGMENTS, a1, segment(UUID.randomUUID(), marker, 0));
      producer.flush();
      await(
          "marker",
          () -> given().get("/api/v1/planning-accounts/{id}", marker).statusCode() == 200);
      given()
          .get("/api/v1/planning-accounts/{id}", a1)
          .then()
          .statusCode(200)
          .body("potential", equalTo(100_000.0f))
          .body("postalCode", equalTo(prefix + "A"));
    }
    int accountCount = accounts.size() + 1; // and the marker

    String berlin = createRep(prefix + "Berlin", 52.52, 13.40);
    String munich = createRep(prefix + "Munich", 48.14, 11.58);

    String planId = createPlan(prefix + "FY27", List.of(berlin, munich));
    given()
        .get("/api/v1/plans/{id}", planId)
        .then()
        .body("status", equalTo("DRAFT"))
        .body("territories", hasSize(2));

    given()
        .get("/api/v1/plans/{id}/analysis", planId)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("no stored solution"));
    given()
        .contentType("application/json")
        .body(Map.of("seconds", 2))
        .post("/api/v1/plans/{id}/solve", planId)
        .then()
        .statusCode(202)
        .body("jobId", notNullValue());
    given()
        .contentType("application/json")
        .body(Map.of("seconds", 2))
        .post("/api/v1/plans/{id}/solve", planId)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    given()
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/plans/{id}/activate", planId)
        .then()
        .statusCode(409);

    JsonPath job = awaitJob(planId, "COMPLETED");
    assertThat(job.getString("bestScore")).startsWith("0hard/");
    assertThat(job.getBoolean("feasible")).isTrue();
    assertThat(job.getDouble("maxDeviation")).isLessThanOrEqualTo(0.10);

    // Other tests of this JVM may add accounts to the shared planning copy: at least ours count.
    JsonPath plan =
        given().get("/api/v1/plans/{id}", planId).then().statusCode(200).extract().jsonPath();
    List<Number> counts = plan.getList("territories.accountCount");
    List<Number> potentials = plan.getList("territories.potential");
    List<Number> shares = plan.getList("territories.shareOfTarget");
    assertThat(counts.stream().mapToInt(Number::intValue).sum())
        .isGreaterThanOrEqualTo(accountCount);
    assertThat(potentials.stream().mapToDouble(Number::doubleValue).sum())
        .isGreaterThanOrEqualTo(820_000.0);
    assertThat(shares).allSatisfy(share -> assertThat(share.doubleValue()).isBetween(0.9, 1.1));

    JsonPath analysis = analysisOf(planId);
    assertThat(analysis.getBoolean("feasible")).isTrue();
    assertThat(analysis.getInt("accountsNotPlaced")).isZero();
    assertThat(analysis.getList("territories.pieces", Integer.class)).containsOnly(1);
    List<Number> analysedShares = analysis.getList("territories.potentialShareOfTarget");
    assertThat(analysedShares)
        .allSatisfy(share -> assertThat(share.doubleValue()).isBetween(0.9, 1.1));
    List<String> territoryNames = plan.getList("territories.name");
    assertThat(analysis.getList("territories.name", String.class))
        .containsExactlyInAnyOrderElementsOf(territoryNames);

    JsonPath why =
        given()
            .get("/api/v1/plans/{id}/accounts/{account}/explanation", planId, prefix + "a1")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(why.getString("unitId"))
        .isEqualTo(ProblemBuilder.unitId(prefix + "a1", prefix + "A"));
    assertThat(territoryNames).contains(why.getString("territoryName"));
    assertThat(why.getList("alternatives.reasons", List.class))
        .allSatisfy(r -> assertThat(r).isNotEmpty());
    given()
        .get("/api/v1/plans/{id}/accounts/{account}/explanation", planId, prefix + "nobody")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");

    // Nothing is active yet, so there is nothing to limit changes against.
    given()
        .contentType("application/json")
        .body(Map.of("seconds", 1, "maxChangedShare", 0.1))
        .post("/api/v1/plans/{id}/solve", planId)
        .then()
        .statusCode(409)
        .body("detail", containsString("no plan is active"));
    given()
        .contentType("application/json")
        .body(Map.of("effectiveFrom", "2027-01-01"))
        .post("/api/v1/plans/{id}/activate", planId)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"))
        .body("effectiveFrom", equalTo("2027-01-01"));

    List<ConsumerRecord<String, String>> published =
        PublishedEvents.await(
            RealInfrastructure.kafkaBootstrapServers(),
            Topics.ASSIGNMENTS,
            key -> key.startsWith(prefix),
            accountCount,
            Duration.ofSeconds(30));
    assertThat(published).hasSize(accountCount);
    assertThat(published.stream().map(ConsumerRecord::key).collect(Collectors.toSet()))
        .hasSize(accountCount);
    assertThat(published.get(0).value()).contains("\"type\":\"AccountAssigned\"", planId);

    JsonPath owner =
        given()
            .get("/api/v1/owners/{id}", prefix + "a1")
            .then()
            .statusCode(200)
            .body("planId", equalTo(planId))
            .body("effectiveFrom", equalTo("2027-01-01"))
            .extract()
            .jsonPath();
    assertThat(owner.getString("repId")).isEqualTo(berlin);
    assertThat(owner.getString("repName")).isEqualTo(prefix + "Berlin");
    for (String sameUnit : List.of("a2", "a3")) {
      given()
          .get("/api/v1/owners/{id}", prefix + sameUnit)
          .then()
          .statusCode(200)
          .body("territoryId", equalTo(owner.getString("territoryId")));
    }
    given().get("/api/v1/owners/{id}", prefix + "a8").then().body("repId", equalTo(munich));
    given()
        .get("/api/v1/owners/{id}", prefix + "nobody")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");

    // Berlin's accounts grow fivefold: a fresh plan would move accounts to Munich, but a plan
    // allowed to change nothing against the active one keeps every owner; activating it
    // archives the first and publishes nothing new.
    Map<String, String> ownersBefore = owners(accounts);
    try (KafkaProducer<String, String> producer = RealInfrastructure.kafkaProducer()) {
      for (Object[] a : accounts) {
        String id = prefix + a[0];
        if (berlin.equals(ownersBefore.get(id))) {
          send(producer, Topics.SEGMENTS, id, segment(UUID.randomUUID(), id, 5 * (Integer) a[4]));
        }
      }
      producer.flush();
    }
    for (Object[] a : accounts) {
      String id = prefix + a[0];
      float grown = 5f * (Integer) a[4];
      if (berlin.equals(ownersBefore.get(id))) {
        await(
            "grown potential of " + id,
            () ->
                given().get("/api/v1/planning-accounts/{id}", id).jsonPath().getFloat("potential")
                    == grown);
      }
    }
    String fresh = createPlan(prefix + "FY27 fresh", List.of(berlin, munich));
    solveToCompletion(fresh, 1);
    String second = createPlan(prefix + "FY27 v2", List.of(berlin, munich));
    given()
        .contentType("application/json")
        .body(Map.of("seconds", 1, "maxChangedShare", 0))
        .post("/api/v1/plans/{id}/solve", second)
        .then()
        .statusCode(202);
    awaitJob(second, "COMPLETED");
    assertThat(accountsPerRep(fresh)).isNotEqualTo(accountsPerRep(planId));
    assertThat(accountsPerRep(second)).isEqualTo(accountsPerRep(planId));
    // side by side against the active plan: the bounded redesign moves nobody, the fresh one
    // moves accounts and their potential
    JsonPath comparison =
        given()
            .queryParam("planIds", planId, second, fresh)
            .get("/api/v1/plans/comparison")
            .then()
            .statusCode(200)
            .body("baseline", equalTo(planId))
            .body("plans.planId", equalTo(List.of(planId, second, fresh)))
            .extract()
            .jsonPath();
    assertThat(comparison.getInt("plans[0].disruption.accounts")).isZero();
    assertThat(comparison.getInt("plans[1].disruption.accounts")).isZero();
    assertThat(comparison.getInt("plans[2].disruption.accounts")).isPositive();
    assertThat(comparison.getFloat("plans[2].disruption.potential")).isPositive();
    assertThat(comparison.getDouble("plans[2].disruption.accountShare")).isBetween(0.0, 1.0);
    assertThat(comparison.getDouble("plans[2].potentialSpread"))
        .isLessThan(comparison.getDouble("plans[1].potentialSpread"));
    given()
        .queryParam("planIds", planId)
        .get("/api/v1/plans/comparison")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("planIds"));
    given()
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/plans/{id}/activate", second)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"));
    given().get("/api/v1/plans/{id}", planId).then().body("status", equalTo("ARCHIVED"));
    Map<String, String> ownersAfter = owners(accounts);
    assertThat(ownersAfter).hasSize(accountCount).doesNotContainValue(null);
    assertThat(ownersAfter).isEqualTo(ownersBefore);
    assertThat(
            PublishedEvents.await(
                RealInfrastructure.kafkaBootstrapServers(),
                Topics.ASSIGNMENTS,
                key -> key.startsWith(prefix),
                accountCount + 1,
                Duration.ofSeconds(5)))
        .hasSize(accountCount);

    // Live assignment under the active plan: a new account in Berlin's postal code A goes to
    // Berlin; one with a postal code the plan does not know goes to the territory of the nearest
    // unit (Munich's C); an account that moves to Munich's postal code D follows it there; a
    // change that keeps the unit (a new name) moves nothing.
    try (KafkaProducer<String, String> producer = RealInfrastructure.kafkaProducer()) {
      send(
          producer,
          Topics.ACCOUNTS,
          prefix + "n1",
          account(prefix + "n1", prefix + "A", 52.5, 13.4));
      send(
          producer,
          Topics.ACCOUNTS,
          prefix + "n2",
          account(prefix + "n2", prefix + "Z", 48.16, 11.59));
    }
    JsonPath n1 = awaitOwner(prefix + "n1", berlin);
    assertThat(n1.getString("rule")).isEqualTo("UNIT");
    assertThat(n1.getString("planId")).isEqualTo(second);
    assertThat(awaitOwner(prefix + "n2", munich).getString("rule")).isEqualTo("NEAREST_UNIT");
    try (KafkaProducer<String, String> producer = RealInfrastructure.kafkaProducer()) {
      send(
          producer,
          Topics.ACCOUNTS,
          prefix + "n1",
          account(prefix + "n1", prefix + "D", 48.10, 11.60));
      send(
          producer,
          Topics.ACCOUNTS,
          prefix + "n2",
          TestAccounts.upsert(prefix + "n2")
              .name("Renamed")
              .postalCode(prefix + "Z")
              .country("DE")
              .at(48.16, 11.59)
              .currency("EUR")
              .build());
    }
    assertThat(awaitOwner(prefix + "n1", munich).getString("rule")).isEqualTo("UNIT");
    List<ConsumerRecord<String, String>> live =
        PublishedEvents.await(
            RealInfrastructure.kafkaBootstrapServers(),
            Topics.ASSIGNMENTS,
            key -> key.equals(prefix + "n1") || key.equals(prefix + "n2"),
            4,
            Duration.ofSeconds(5));
    // n1 to Berlin, then to Munich (one key keeps its order); n2 once: its new name published
    // nothing
    assertThat(live)
        .extracting(ConsumerRecord::key)
        .containsExactlyInAnyOrder(prefix + "n1", prefix + "n1", prefix + "n2");
    List<String> n1Events =
        live.stream()
            .filter(r -> r.key().equals(prefix + "n1"))
            .map(ConsumerRecord::value)
            .toList();
    assertThat(n1Events.get(0)).contains(berlin);
    assertThat(n1Events.get(1)).contains(munich, "\"effectiveFrom\":\"" + LocalDate.now());

    // who owns a postal code or a place, before any account is there
    given()
        .queryParam("postalCode", prefix + "a ")
        .get("/api/v1/owners")
        .then()
        .statusCode(200)
        .body("repId", equalTo(berlin))
        .body("rule", equalTo("UNIT"));
    given()
        .queryParam("latitude", 48.16)
        .queryParam("longitude", 11.59)
        .get("/api/v1/owners")
        .then()
        .statusCode(200)
        .body("repId", equalTo(munich))
        .body("rule", equalTo("NEAREST_UNIT"));
    given()
        .queryParam("postalCode", prefix + "nowhere")
        .get("/api/v1/owners")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .queryParam("latitude", 95)
        .get("/api/v1/owners")
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItems("latitude", "longitude"));

    // the active plan's map: Berlin's outline holds Berlin, Munich's holds Munich
    JsonPath map =
        given()
            .get("/api/v1/plans/{id}/map", second)
            .then()
            .statusCode(200)
            .contentType("application/geo+json")
            .body("type", equalTo("FeatureCollection"))
            .body("features", hasSize(2))
            .extract()
            .jsonPath();
    assertThat(
            map.getString(
                "features.find { it.properties.repId == '" + berlin + "' }.geometry.type"))
        .isEqualTo("MultiPolygon");
    assertThat(
            map.getList(
                "features.find { it.properties.repId == '"
                    + munich
                    + "' }"
                    + ".geometry.coordinates[0][0]"))
        .hasSizeGreaterThan(3);

    // partners pull the changes: every account once from the first activation (the second
    // changed no owner), then n1 twice and n2 once from live assignment, in commit order
    List<Map<String, Object>> ours = new ArrayList<>();
    String cursor = null;
    boolean more = true;
    while (more) {
      JsonPath page =
          given()
              .queryParam("limit", 500)
              .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
              .get("/api/v1/assignments")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<Map<String, Object>> changes = page.getList("changes");
      changes.stream()
          .filter(c -> ((String) c.get("accountId")).startsWith(prefix))
          .forEach(ours::add);
      cursor = page.getString("cursor");
      more = page.getBoolean("more");
    }
    assertThat(ours).hasSize(accountCount + 3);
    assertThat(ours.subList(0, accountCount))
        .allMatch(c -> c.get("cause").equals("ACTIVATION") && c.get("planId").equals(planId));
    assertThat(ours.subList(accountCount, accountCount + 3))
        .extracting(c -> c.get("accountId") + " " + c.get("rule") + " " + c.get("repId"))
        .containsExactlyInAnyOrder(
            prefix + "n1 UNIT " + berlin,
            prefix + "n2 NEAREST_UNIT " + munich,
            prefix + "n1 UNIT " + munich);
    // n1's two changes in the order they happened
    assertThat(
            ours.stream()
                .filter(c -> c.get("accountId").equals(prefix + "n1"))
                .map(c -> c.get("repId")))
        .containsExactly(berlin, munich);
    assertThat(ours.get(accountCount))
        .containsEntry("cause", "LIVE_ASSIGNMENT")
        .containsEntry("changedBy", "system"); // no caller: the account came as an event
    // nothing new after the last cursor: the same cursor back, and 304 when the partner has it
    given()
        .queryParam("cursor", cursor)
        .get("/api/v1/assignments")
        .then()
        .statusCode(200)
        .body("changes", hasSize(0))
        .body("cursor", equalTo(cursor));
    given()
        .queryParam("cursor", cursor)
        .header("If-None-Match", "\"" + cursor + "\"")
        .get("/api/v1/assignments")
        .then()
        .statusCode(304);
    given()
        .queryParam("cursor", "yesterday")
        .queryParam("limit", 0)
        .get("/api/v1/assignments")
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItems("cursor", "limit"));

    // Rollback: the first plan active again. Its owners are the second's, so only the accounts
    // that arrived since (n1, n2) change: they are placed in it by the live rules.
    given()
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/plans/{id}/activate", planId)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"));
    given().get("/api/v1/plans/{id}", second).then().body("status", equalTo("ARCHIVED"));
    given()
        .get("/api/v1/owners/{id}", prefix + "n1")
        .then()
        .body("planId", equalTo(planId))
        .body("repId", equalTo(munich));
    List<Map<String, Object>> sinceRollback =
        given()
            .queryParam("cursor", cursor)
            .get("/api/v1/assignments")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("changes");
    assertThat(sinceRollback)
        .filteredOn(c -> ((String) c.get("accountId")).startsWith(prefix))
        .extracting(c -> c.get("accountId") + " " + c.get("cause") + " " + c.get("planId"))
        .containsExactlyInAnyOrder(
            prefix + "n1 LIVE_ASSIGNMENT " + planId, prefix + "n2 LIVE_ASSIGNMENT " + planId);
    given()
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/plans/{id}/activate", planId)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  /** The account's owner once it is {@code repId}. */
  private static JsonPath awaitOwner(String accountId, String repId) throws InterruptedException {
    JsonPath[] owner = new JsonPath[1];
    await(
        "owner " + repId + " of " + accountId,
        () -> {
          var response = given().get("/api/v1/owners/{id}", accountId);
          owner[0] = response.jsonPath();
          return response.statusCode() == 200 && repId.equals(owner[0].getString("repId"));
        });
    return owner[0];
  }

  @Test
  void aRunningSolveCanBeStoppedAndKeepsItsBestSolution() throws Exception {
    // A grid of located accounts: enough boundary for the territory design to keep improving
    // until its time limit, so that the stop is what ends it.
    grid("stop", 20, 15, i -> 5_000 + i % 7 * 900);
    String west = createRep(prefix + "West", 50.0, 8.0);
    String east = createRep(prefix + "East", 50.0, 9.0);
    String planId = createPlan(prefix + "stoppable", List.of(west, east));
    given()
        .contentType("application/json")
        .body(Map.of("seconds", 120))
        .post("/api/v1/plans/{id}/solve", planId)
        .then()
        .statusCode(202);
    awaitJob(planId, "SOLVING");
    Thread.sleep(500);
    given().delete("/api/v1/plans/{id}/solve", planId).then().statusCode(202);
    JsonPath job = awaitJob(planId, "STOPPED");
    assertThat(job.getString("finishedAt")).isNotNull();
    given().delete("/api/v1/plans/{id}/solve", planId).then().statusCode(409);
  }

  @Test
  void lockedPostalCodesStayWithTheirRepAndWorkloadIsBalanced() throws Exception {
    // Ten columns of six postal codes, reps at the west and east edges; the plan covers the whole
    // planning copy, which other tests fill too.
    List<String> accountIds = grid("lock", 10, 6, i -> i % 10 < 5 ? 4_000 : 6_000);
    String west = createRep(prefix + "West", 50.1, 8.0);
    String east = createRep(prefix + "East", 50.1, 8.45);
    String planId =
        createPlan(
            Map.of(
                "name",
                prefix + "locked",
                "repIds",
                List.of(west, east),
                "balanceTolerance",
                0.10,
                "workloadTolerance",
                0.15));
    given().get("/api/v1/plans/{id}", planId).then().body("workloadTolerance", equalTo(0.15f));

    given()
        .contentType("application/json")
        .body(
            Map.of(
                "locks",
                List.of(
                    Map.of("postalCode", prefix + "nowhere", "repId", west),
                    Map.of("postalCode", prefix + "lock0", "repId", UUID.randomUUID()),
                    Map.of("postalCode", prefix + "lock0", "accountId", "x", "repId", west))))
        .put("/api/v1/plans/{id}/locks", planId)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.field", equalTo(List.of("locks[0].postalCode", "locks[1].repId", "locks[2]")));
    // the third postal code from the west in the first row, locked to the eastern rep
    String locked = (prefix + "lock2").toUpperCase(Locale.ROOT);
    given()
        .contentType("application/json")
        .body(
            Map.of(
                "locks",
                List.of(
                    Map.of("postalCode", " " + prefix + "lock2", "repId", east),
                    // the easternmost account of the first row, on its own with the western rep
                    Map.of("accountId", accountIds.get(9), "repId", west))))
        .put("/api/v1/plans/{id}/locks", planId)
        .then()
        .statusCode(200)
        .body("locks[0].postalCode", equalTo(locked))
        .body("locks[0].repId", equalTo(east))
        .body("locks[1].accountId", equalTo(accountIds.get(9)))
        .body("locks[1].repId", equalTo(west));

    assertThat(solveToCompletion(planId, 2).getBoolean("feasible")).isTrue();

    given()
        .get("/api/v1/plans/{id}/accounts/{a}/explanation", planId, accountIds.get(2))
        .then()
        .statusCode(200)
        .body("territoryName", equalTo(prefix + "East"))
        .body("alternatives.allowed", everyItem(equalTo(false)))
        .body("alternatives[0].reasons[0]", equalTo("would break its lock to " + prefix + "East"));
    given()
        .get("/api/v1/plans/{id}/accounts/{a}/explanation", planId, accountIds.get(9))
        .then()
        .statusCode(200)
        .body("unitId", equalTo("named:" + accountIds.get(9)))
        .body("territoryName", equalTo(prefix + "West"))
        .body("notes[0]", equalTo("A named account, locked to its rep"));
    JsonPath analysis = analysisOf(planId);
    assertThat(analysis.getList("territories.workloadShareOfTarget", Float.class))
        .allSatisfy(share -> assertThat(share).isBetween(0.85f, 1.15f));
    assertThat(analysis.getList("territories.pieces", Integer.class)).containsOnly(1);

    // a scenario forked from the plan: a draft with its reps, locks and solution, under new
    // territory ids; analysable at once, activated only once solved
    JsonPath scenario =
        given()
            .contentType("application/json")
            .body(Map.of("name", prefix + "what if"))
            .post("/api/v1/plans/{id}/fork", planId)
            .then()
            .statusCode(201)
            .body("status", equalTo("DRAFT"))
            .body("name", equalTo(prefix + "what if"))
            .body("workloadTolerance", equalTo(0.15f))
            .extract()
            .jsonPath();
    String fork = scenario.getString("id");
    JsonPath original = given().get("/api/v1/plans/{id}", planId).then().extract().jsonPath();
    assertThat(scenario.getList("territories.repId"))
        .containsExactlyInAnyOrderElementsOf(original.getList("territories.repId"));
    assertThat(scenario.getList("territories.id"))
        .doesNotContainAnyElementsOf(original.getList("territories.id"));
    given()
        .get("/api/v1/plans/{id}/locks", fork)
        .then()
        .body("locks[0].postalCode", equalTo(locked))
        .body("locks[0].repId", equalTo(east))
        .body("locks[1].repId", equalTo(west));
    assertThat(analysisOf(fork).getList("territories.pieces", Integer.class)).containsOnly(1);

    // what-ifs on the scenario's settings, each on the version its planner last read
    String read = given().get("/api/v1/plans/{id}", fork).then().extract().header("ETag");
    String changed =
        given()
            .contentType("application/json")
            .header("If-Match", read)
            .body(Map.of("balanceTolerance", 0.2, "limits", Map.of("maxAccounts", 500)))
            .patch("/api/v1/plans/{id}", fork)
            .then()
            .statusCode(200)
            .body("balanceTolerance", equalTo(0.2f))
            .body("limits.maxAccounts", equalTo(500))
            .body("workloadTolerance", equalTo(0.15f))
            .extract()
            .header("ETag");
    assertThat(changed).isNotEqualTo(read);
    given()
        .contentType("application/json")
        .header("If-Match", read)
        .body(Map.of("name", prefix + "too late"))
        .patch("/api/v1/plans/{id}", fork)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    given()
        .contentType("application/json")
        .header("If-Match", changed)
        .body(Map.of("balanceTolerance", 1.5))
        .patch("/api/v1/plans/{id}", fork)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("balanceTolerance"));
    given()
        .get("/api/v1/plans/{id}/accounts/{a}/explanation", fork, accountIds.get(2))
        .then()
        .body("territoryName", equalTo(prefix + "East"));
    given()
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/plans/{id}/activate", fork)
        .then()
        .statusCode(409);
    given()
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/plans/{id}/fork", UUID.randomUUID())
        .then()
        .statusCode(404);
  }

  @Test
  void anAccountCeilingHoldsAndLimitsThatCannotHoldAreRefused() throws Exception {
    grid("cap", 10, 6, i -> i % 10 < 5 ? 4_000 : 6_000);
    String west = createRep(prefix + "West", 50.1, 8.0);
    String east = createRep(prefix + "East", 50.1, 8.45);
    List<String> reps = List.of(west, east);
    given()
        .contentType("application/json")
        .body(
            Map.of(
                "name",
                prefix + "contradictory",
                "repIds",
                reps,
                "limits",
                Map.of("minAccounts", 40, "maxAccounts", 30)))
        .post("/api/v1/plans")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("limits.maxAccounts"));
    // The plan covers the whole planning copy, which other tests fill too: cap at 55 % of it.
    int accounts = given().get("/api/v1/planning-accounts/summary").path("accounts");
    int cap = (int) Math.ceil(accounts * 0.55);
    String capped =
        createPlan(
            Map.of(
                "name",
                prefix + "capped",
                "repIds",
                reps,
                "balanceTolerance",
                0.15,
                "limits",
                Map.of("maxAccounts", cap)));

    assertThat(solveToCompletion(capped, 2).getBoolean("feasible")).isTrue();
    assertThat(accountsPerRep(capped).values())
        .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(cap));
    given().get("/api/v1/plans/{id}", capped).then().body("limits.maxAccounts", equalTo(cap));
    // balanced accounts (about half each) and at most 5 per territory cannot both hold
    String unreachable =
        createPlan(
            Map.of(
                "name",
                prefix + "unreachable",
                "repIds",
                reps,
                "workloadTolerance",
                0.1,
                "limits",
                Map.of("maxAccounts", 5)));
    given()
        .contentType("application/json")
        .body(Map.of("seconds", 1))
        .post("/api/v1/plans/{id}/solve", unreachable)
        .then()
        .statusCode(409)
        .body("type", containsString("limits-unreachable"));
  }

  @Test
  void accountsThatNeedASpecialistGoToARepWhoHasTheSkill() throws Exception {
    grid("spec", 6, 4, i -> 5_000);
    // two banks on the eastern side of the map, nearer the rep without the skill
    List<String> banks = List.of(prefix + "bank-1", prefix + "bank-2");
    try (KafkaProducer<String, String> producer = RealInfrastructure.kafkaProducer()) {
      for (String bank : banks) {
        send(producer, Topics.ACCOUNTS, bank, account(bank, prefix + "B1", 50.1, 8.42, "522110"));
        send(producer, Topics.SEGMENTS, bank, segment(UUID.randomUUID(), bank, 20_000));
      }
      producer.flush();
    }
    for (String bank : banks) {
      await(
          "planning copy of " + bank,
          () -> "522110".equals(given().get("/api/v1/planning-accounts/{id}", bank).path("naics")));
    }
    String banker = createRep(prefix + "Banker", 50.1, 8.0, List.of("banking"));
    String generalist = createRep(prefix + "Generalist", 50.1, 8.45, List.of());
    List<String> reps = List.of(banker, generalist);
    given()
        .contentType("application/json")
        .body(
            Map.of(
                "name",
                prefix + "bad rules",
                "repIds",
                reps,
                "specialists",
                List.of(
                    Map.of("skill", "banking"), Map.of("naicsPrefix", "52", "skill", "surgery"))))
        .post("/api/v1/plans")
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("specialists[0]", "specialists[1].skill")));
    String planId =
        createPlan(
            Map.of(
                "name",
                prefix + "specialists",
                "repIds",
                reps,
                "balanceTolerance",
                0.25,
                "specialists",
                List.of(Map.of("naicsPrefix", "52", "skill", "banking"))));

    assertThat(solveToCompletion(planId, 2).getBoolean("feasible")).isTrue();
    for (String bank : banks) {
      given()
          .get("/api/v1/plans/{id}/accounts/{a}/explanation", planId, bank)
          .then()
          .statusCode(200)
          .body("unitId", equalTo("named:" + bank))
          .body("territoryName", equalTo(prefix + "Banker"))
          .body("notes[0]", containsString("needs the skill 'banking'"));
    }
  }

  @Test
  void aDeletedAccountLeavesThePlanningCopyAndALateSegmentDoesNotBringItBack() throws Exception {
    String id = prefix + "deleted";
    String marker = prefix + "after-the-deletion";
    try (KafkaProducer<String, String> producer = RealInfrastructure.kafkaProducer()) {
      AccountEvent upsert = account(id, "10115", 52.53, 13.38);
      send(producer, Topics.ACCOUNTS, id, upsert);
      await(
          "planning copy of " + id,
          () -> given().get("/api/v1/planning-accounts/{id}", id).statusCode() == 200);

      send(producer, Topics.ACCOUNTS, id, TestAccounts.deletionOf(upsert));
      await(
          "deletion of " + id,
          () -> given().get("/api/v1/planning-accounts/{id}", id).statusCode() == 404);
      // segments come on another topic, so one may follow the deletion
      send(producer, Topics.SEGMENTS, id, segment(UUID.randomUUID(), id, 50_000));
      send(producer, Topics.SEGMENTS, marker, segment(UUID.randomUUID(), marker, 1));
    }
    await(
        "the segment after the late one",
        () -> given().get("/api/v1/planning-accounts/{id}", marker).statusCode() == 200);
    given().get("/api/v1/planning-accounts/{id}", id).then().statusCode(404);
  }

  @Test
  void anAccountsEventsInQuickSuccessionLeaveItAsTheLastOneSays() throws Exception {
    String id = prefix + "succession";
    try (KafkaProducer<String, String> producer = RealInfrastructure.kafkaProducer()) {
      // likely one poll, applied together: the last event of the account stands
      AccountEvent first = account(id, prefix + "first", 52.5, 13.4);
      send(producer, Topics.ACCOUNTS, id, first);
      send(producer, Topics.ACCOUNTS, id, account(id, prefix + "second", 52.5, 13.4));
      send(producer, Topics.ACCOUNTS, id, TestAccounts.deletionOf(first));
      send(producer, Topics.ACCOUNTS, id, account(id, prefix + "last", 52.5, 13.4));
      send(producer, Topics.SEGMENTS, id, segment(UUID.randomUUID(), id, 10));
      send(producer, Topics.SEGMENTS, id, segment(UUID.randomUUID(), id, 20));
    }
    await(
        "the last event of " + id,
        () -> {
          var response = given().get("/api/v1/planning-accounts/{id}", id);
          Object potential = response.path("potential");
          return response.statusCode() == 200
              && (prefix + "last").equals(response.path("postalCode"))
              && potential != null
              && new BigDecimal(potential.toString()).compareTo(BigDecimal.valueOf(20)) == 0;
        });
  }

  @Test
  void aPoisonMessageGoesToTheDeadLetterTopicAndTheChannelGoesOn() throws Exception {
    String key = prefix + "poison";
    try (KafkaProducer<String, String> producer = RealInfrastructure.kafkaProducer()) {
      producer.send(new ProducerRecord<>(Topics.ACCOUNTS, key, "{not json")).get();
      AccountEvent after =
          TestAccounts.upsert(key).name("After the poison").country("DE").currency(null).build();
      send(producer, Topics.ACCOUNTS, key, after);
      producer.flush();
    }
    await(
        "the event after the poison",
        () -> given().get("/api/v1/planning-accounts/{id}", key).statusCode() == 200);
    assertThat(
            PublishedEvents.await(
                RealInfrastructure.kafkaBootstrapServers(),
                "dead-letter-topic-accounts",
                key::equals,
                1,
                Duration.ofSeconds(30)))
        .extracting(ConsumerRecord::value)
        .containsExactly("{not json");
  }

  @Test
  void plansNeedExistingRepsActiveOrToBeHired() {
    // a placeholder for a rep still to be hired holds a territory in a scenario; a rep who left
    // holds none
    String hire = repWithStatus(prefix + "To be hired", 50.1, 8.2, "TO_BE_HIRED");
    String gone = repWithStatus(prefix + "Gone", 50.1, 8.3, "INACTIVE");
    given()
        .get("/api/v1/plans/{id}", createPlan(prefix + "with a hire", List.of(hire)))
        .then()
        .statusCode(200)
        .body("territories[0].repId", equalTo(hire));
    given()
        .contentType("application/json")
        .body(Map.of("name", "x", "repIds", List.of(hire, gone)))
        .post("/api/v1/plans")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("repIds"))
        .body("errors[0].reason", containsString(gone));
    given()
        .contentType("application/json")
        .body(Map.of("name", "x", "repIds", List.of(UUID.randomUUID().toString())))
        .post("/api/v1/plans")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("repIds"));
    given()
        .contentType("application/json")
        .body(Map.of("name", "x", "repIds", List.of()))
        .post("/api/v1/plans")
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItem("repIds"));
    given().get("/api/v1/plans/{id}", UUID.randomUUID()).then().statusCode(404);
    given().get("/api/v1/plans/{id}/solve", UUID.randomUUID()).then().statusCode(404);
    given()
        .contentType("application/json")
        .body(Map.of("seconds", 0))
        .post("/api/v1/plans/{id}/solve", UUID.randomUUID())
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("seconds"));
  }

  private static String repWithStatus(String name, double lat, double lon, String status) {
    return given()
        .contentType("application/json")
        .body(Map.of("name", name, "homeLatitude", lat, "homeLongitude", lon, "status", status))
        .post("/api/v1/reps")
        .then()
        .statusCode(201)
        .body("status", equalTo(status))
        .extract()
        .path("id");
  }

  /** Rep of each of our accounts (and the marker) in the active plan. */
  private static Map<String, Integer> accountsPerRep(String planId) {
    JsonPath plan = given().get("/api/v1/plans/{id}", planId).then().extract().jsonPath();
    List<String> reps = plan.getList("territories.repName");
    List<Integer> counts = plan.getList("territories.accountCount");
    Map<String, Integer> perRep = new HashMap<>();
    for (int i = 0; i < reps.size(); i++) {
      perRep.put(reps.get(i), counts.get(i));
    }
    return perRep;
  }

  private Map<String, String> owners(List<Object[]> accounts) {
    Map<String, String> owners = new HashMap<>();
    List<String> ids =
        new java.util.ArrayList<>(accounts.stream().map(a -> prefix + a[0]).toList());
    ids.add(prefix + "marker");
    for (String id : ids) {
      owners.put(id, given().get("/api/v1/owners/{id}", id).then().extract().path("repId"));
    }
    return owners;
  }

  private void send(
      KafkaProducer<String, String> producer, String topic, String key, DomainEvent event)
      throws Exception {
    PlanningApi.send(json, producer, topic, key, event);
  }

  private List<String> grid(String name, int columns, int rows, IntUnaryOperator potential)
      throws Exception {
    return PlanningApi.grid(json, prefix, name, columns, rows, potential);
  }
}
