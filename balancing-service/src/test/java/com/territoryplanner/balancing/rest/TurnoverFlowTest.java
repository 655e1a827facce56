package com.territoryplanner.balancing.rest;

import static com.territoryplanner.balancing.rest.PlanningApi.activate;
import static com.territoryplanner.balancing.rest.PlanningApi.await;
import static com.territoryplanner.balancing.rest.PlanningApi.createPlan;
import static com.territoryplanner.balancing.rest.PlanningApi.createRep;
import static com.territoryplanner.balancing.rest.PlanningApi.grid;
import static com.territoryplanner.balancing.rest.PlanningApi.segment;
import static com.territoryplanner.balancing.rest.PlanningApi.send;
import static com.territoryplanner.balancing.rest.PlanningApi.solveToCompletion;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.territoryplanner.contracts.Topics;
import com.territoryplanner.testsupport.RealInfrastructure;
import com.territoryplanner.testsupport.TestAccounts;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

/** Reps leaving an active plan, on the real broker and database. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class TurnoverFlowTest extends OwnAccountsFlowTest {

  @Inject AgroalDataSource database;

  @Test
  void aLeavingRepsTerritoryGoesToItsNeighboursOnlyAndTheChangesArePublished() throws Exception {
    // three columns of reps over a strip of postal codes: the middle one borders both others
    List<String> accounts = grid(json, prefix, "leave", 12, 5, i -> 5_000);
    String west = createRep(prefix + "West", 50.1, 8.0);
    String middle = createRep(prefix + "Middle", 50.1, 8.27);
    String east = createRep(prefix + "East", 50.1, 8.55);
    String planId = createPlan(prefix + "turnover", List.of(west, middle, east));
    assertThat(solveToCompletion(planId, 2).getBoolean("feasible")).isTrue();
    activate(planId);
    Map<String, String> before = owners(accounts);
    assertThat(before.values()).contains(west, middle, east);
    String cursor = lastCursor();
    JsonPath plan = given().get("/api/v1/plans/{id}", planId).then().extract().jsonPath();
    int accountsInPlan = sum(plan, "territories.accountCount");
    int middleAccounts =
        plan.getInt("territories.find { it.repId == '" + middle + "' }.accountCount");

    // planners change a plan only as they last read it: its ETag is its version
    String version = given().get("/api/v1/plans/{id}", planId).then().extract().header("ETag");
    assertThat(version).isNotBlank();
    given()
        .contentType("application/json")
        .header("If-Match", "\"" + (Long.parseLong(version.replace("\"", "")) - 1) + "\"")
        .body(Map.of("repId", middle))
        .post("/api/v1/plans/{id}/departures", planId)
        .then()
        .statusCode(412)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.endsWith("plan-changed"));
    given()
        .contentType("application/json")
        .header("If-Match", "yesterday")
        .body(Map.of("repId", middle))
        .post("/api/v1/plans/{id}/departures", planId)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("If-Match"));

    JsonPath departure =
        given()
            .contentType("application/json")
            .header("If-Match", version)
            .body(Map.of("repId", middle, "maxTradedShare", 0))
            .post("/api/v1/plans/{id}/departures", planId)
            .then()
            .statusCode(200)
            .body("repId", equalTo(middle))
            .body("territoryName", equalTo(prefix + "Middle"))
            .body("change", equalTo("DEPARTURE"))
            .body("neighbours", hasSize(2))
            .body("joined", equalTo(null))
            .body("withinTolerance", equalTo(true))
            .extract()
            .jsonPath();
    assertThat(departure.getList("neighbours.repId")).containsExactlyInAnyOrder(west, east);
    assertThat(departure.getDouble("maxDeviation")).isLessThanOrEqualTo(0.10);

    assertThat(given().get("/api/v1/plans/{id}", planId).then().extract().header("ETag"))
        .isNotEqualTo(version);

    // nobody else's account moved; the middle rep's went to the west or the east
    Map<String, String> after = owners(accounts);
    for (String account : accounts) {
      if (before.get(account).equals(middle)) {
        assertThat(after.get(account)).isIn(west, east);
      } else {
        assertThat(after.get(account)).as(account).isEqualTo(before.get(account));
      }
    }
    plan = given().get("/api/v1/plans/{id}", planId).then().extract().jsonPath();
    assertThat(plan.getList("territories.repId")).containsExactlyInAnyOrder(west, east);
    assertThat(sum(plan, "territories.accountCount")).isEqualTo(accountsInPlan);
    assertThat(sum(departure, "neighbours.accountsMoved")).isEqualTo(middleAccounts);

    // partners pull exactly the moved accounts, with the cause
    List<Map<String, Object>> pulled = changesAfter(cursor);
    List<String> moved = accounts.stream().filter(a -> before.get(a).equals(middle)).toList();
    assertThat(linesOf(pulled))
        .containsExactlyInAnyOrderElementsOf(
            moved.stream().map(a -> a + " DEPARTURE " + after.get(a)).toList());
    assertThat(departure.getInt("ownersChanged")).isEqualTo(pulled.size());

    // the rep is gone from the plan; the last territory cannot be left
    given()
        .contentType("application/json")
        .body(Map.of("repId", middle))
        .post("/api/v1/plans/{id}/departures", planId)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("repId"));
    given()
        .contentType("application/json")
        .body(Map.of("repId", west))
        .post("/api/v1/plans/{id}/departures", planId)
        .then()
        .statusCode(200)
        .body("neighbours.repId", equalTo(List.of(east)));
    given()
        .contentType("application/json")
        .body(Map.of("repId", east))
        .post("/api/v1/plans/{id}/departures", planId)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");

    // the middle rep comes back: a territory is carved around their home from the east's
    String joinCursor = lastCursor();
    JsonPath join =
        given()
            .contentType("application/json")
            .body(Map.of("repId", middle, "maxChangedShare", 0.6))
            .post("/api/v1/plans/{id}/joins", planId)
            .then()
            .statusCode(200)
            .body("change", equalTo("JOIN"))
            .body("joined.repId", equalTo(middle))
            .body("neighbours.repId", equalTo(List.of(east)))
            .body("withinTolerance", equalTo(true))
            .extract()
            .jsonPath();
    assertThat(join.getInt("joined.accountsMoved")).isPositive();
    assertThat(join.getInt("joined.accountCount")).isEqualTo(join.getInt("joined.accountsMoved"));
    assertThat(join.getInt("accountsChanged")).isLessThanOrEqualTo((int) (0.6 * accountsInPlan));
    Map<String, String> joined = owners(accounts);
    List<Map<String, Object>> joinChanges = changesAfter(joinCursor);
    assertThat(joinChanges).allMatch(c -> c.get("cause").equals("JOIN"));
    assertThat(joinChanges).hasSize(join.getInt("ownersChanged"));
    assertThat(
            joinChanges.stream()
                .filter(c -> ((String) c.get("accountId")).startsWith(prefix))
                .map(c -> (String) c.get("accountId")))
        .containsExactlyInAnyOrderElementsOf(
            accounts.stream().filter(a -> joined.get(a).equals(middle)).toList());
    given()
        .contentType("application/json")
        .body(Map.of("repId", middle))
        .post("/api/v1/plans/{id}/joins", planId)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("repId"));

    given()
        .contentType("application/json")
        .body(Map.of("repId", east, "seconds", 0, "maxTradedShare", 2))
        .post("/api/v1/plans/{id}/departures", planId)
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItems("seconds", "maxTradedShare"));
  }

  @Test
  void anAccountTwoRulesClaimIsPlacedByPrecedenceAndReportedAsAConflict() throws Exception {
    grid(json, prefix, "claim", 6, 4, i -> 5_000);
    String banker = createRep(prefix + "Banker", 50.1, 8.0, List.of("banking"));
    String generalist = createRep(prefix + "Generalist", 50.1, 8.25, List.of());
    String planId =
        createPlan(
            Map.of(
                "name",
                prefix + "claims",
                "repIds",
                List.of(banker, generalist),
                "balanceTolerance",
                0.25,
                "specialists",
                List.of(Map.of("naicsPrefix", "52", "skill", "banking"))));
    solveToCompletion(planId, 1);
    // a bank that arrives after the solve, locked to the rep without the skill
    String bank = prefix + "bank";
    try (KafkaProducer<String, String> producer = RealInfrastructure.kafkaProducer()) {
      send(
          json,
          producer,
          Topics.ACCOUNTS,
          bank,
          TestAccounts.upsert(bank)
              .postalCode(prefix + "B")
              .country("DE")
              .at(50.1, 8.2)
              .naics("522110")
              .build());
      send(json, producer, Topics.SEGMENTS, bank, segment(UUID.randomUUID(), bank, 9_000));
    }
    await(
        "planning copy of " + bank,
        () ->
            given().get("/api/v1/planning-accounts/{id}", bank).jsonPath().get("potential")
                != null);
    given()
        .contentType("application/json")
        .body(Map.of("locks", List.of(Map.of("accountId", bank, "repId", generalist))))
        .put("/api/v1/plans/{id}/locks", planId)
        .then()
        .statusCode(200);
    activate(planId);

    given()
        .get("/api/v1/owners/{id}", bank)
        .then()
        .statusCode(200)
        .body("repId", equalTo(generalist))
        .body("rule", equalTo("LOCKED_ACCOUNT"));
    given()
        .get("/api/v1/plans/{id}/conflicts", planId)
        .then()
        .statusCode(200)
        .body("accountId", equalTo(List.of(bank)))
        .body("[0].rule", equalTo("LOCKED_ACCOUNT"))
        .body("[0].conflict", org.hamcrest.Matchers.startsWith("SPECIALIST would place it"));
    given()
        .queryParam("limit", 0)
        .get("/api/v1/plans/{id}/conflicts", planId)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
  }

  @Test
  void aCoveringRepOwnsATerritorysAccountsUntilTheCoverageEnds() throws Exception {
    List<String> accounts = grid(json, prefix, "cover", 6, 2, i -> 5_000);
    String west = createRep(prefix + "West", 50.05, 8.0);
    String east = createRep(prefix + "East", 50.05, 8.25);
    String planId = activePlan("coverage", west, east);
    Map<String, String> planned = owners(accounts);
    List<String> eastAccounts = accounts.stream().filter(a -> planned.get(a).equals(east)).toList();
    assertThat(eastAccounts).isNotEmpty().hasSizeLessThan(accounts.size());
    JsonPath plan = given().get("/api/v1/plans/{id}", planId).then().extract().jsonPath();
    String eastTerritory = plan.getString("territories.find { it.repId == '" + east + "' }.id");
    String westTerritory = plan.getString("territories.find { it.repId == '" + west + "' }.id");
    String cursor = lastCursor();

    // who may cover: an active rep other than the territory's own
    String hire =
        given()
            .contentType("application/json")
            .body(
                Map.of(
                    "name",
                    prefix + "Hire",
                    "homeLatitude",
                    50,
                    "homeLongitude",
                    8,
                    "status",
                    "TO_BE_HIRED"))
            .post("/api/v1/reps")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    for (String invalid : List.of(east, hire, UUID.randomUUID().toString())) {
      given()
          .contentType("application/json")
          .body(Map.of("repId", invalid))
          .put("/api/v1/plans/{p}/territories/{t}/coverage", planId, eastTerritory)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("repId"));
    }
    given()
        .contentType("application/json")
        .body(Map.of("repId", west, "until", "2020-01-01"))
        .put("/api/v1/plans/{p}/territories/{t}/coverage", planId, eastTerritory)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("until"));

    String until = LocalDate.now().plusWeeks(6).toString();
    given()
        .contentType("application/json")
        .body(Map.of("repId", west, "until", until))
        .put("/api/v1/plans/{p}/territories/{t}/coverage", planId, eastTerritory)
        .then()
        .statusCode(200)
        .body("ownersChanged", equalTo(eastAccounts.size()))
        .body("territory.repId", equalTo(east))
        .body("territory.coverage.repId", equalTo(west))
        .body("territory.coverage.until", equalTo(until));

    // every owner answer, pull and export names the covering rep; the territory stays as planned
    assertThat(owners(accounts).values()).containsOnly(west);
    given()
        .get("/api/v1/owners/{id}", eastAccounts.get(0))
        .then()
        .body("territoryId", equalTo(eastTerritory))
        .body("coveringFor", equalTo(east));
    assertThat(changesAfter(cursor))
        .filteredOn(c -> ((String) c.get("accountId")).startsWith(prefix))
        .extracting(
            c ->
                c.get("accountId")
                    + " "
                    + c.get("cause")
                    + " "
                    + c.get("repId")
                    + " by "
                    + c.get("changedBy"))
        .containsExactlyInAnyOrderElementsOf(
            eastAccounts.stream().map(a -> a + " COVERAGE " + west + " by test-admin").toList());
    assertThat(
            given()
                .get("/api/v1/plans/{id}/exports/hubspot/company-owners", planId)
                .then()
                .statusCode(200)
                .extract()
                .asString())
        .contains(eastAccounts.get(0) + ",Account " + eastAccounts.get(0) + "," + prefix + "West")
        .doesNotContain(prefix + "East");

    String ended = lastCursor();
    given()
        .delete("/api/v1/plans/{p}/territories/{t}/coverage", planId, westTerritory)
        .then()
        .statusCode(409)
        .body("type", endsWith("not-covered"));
    given()
        .delete("/api/v1/plans/{p}/territories/{t}/coverage", planId, eastTerritory)
        .then()
        .statusCode(200)
        .body("ownersChanged", equalTo(eastAccounts.size()))
        .body("territory.coverage", equalTo(null));
    assertThat(owners(accounts)).isEqualTo(planned);
    assertThat(changesAfter(ended))
        .filteredOn(c -> ((String) c.get("accountId")).startsWith(prefix))
        .extracting(c -> c.get("cause"))
        .hasSize(eastAccounts.size())
        .containsOnly("COVERAGE_ENDED");

    // a covering rep who leaves covers no more: every account goes to the rep who stays
    given()
        .contentType("application/json")
        .body(Map.of("repId", west))
        .put("/api/v1/plans/{p}/territories/{t}/coverage", planId, eastTerritory)
        .then()
        .statusCode(200);
    String left = lastCursor();
    given()
        .contentType("application/json")
        .body(Map.of("repId", west))
        .post("/api/v1/plans/{id}/departures", planId)
        .then()
        .statusCode(200);
    assertThat(owners(accounts).values()).containsOnly(east);
    given()
        .get("/api/v1/plans/{id}", planId)
        .then()
        .body("territories.id", equalTo(List.of(eastTerritory)))
        .body("territories[0].coverage", equalTo(null));
    assertThat(linesOf(changesAfter(left)))
        .containsExactlyInAnyOrderElementsOf(
            accounts.stream().map(a -> a + " DEPARTURE " + east).toList());
  }

  @Test
  void aCoveringRepMadeInactiveCoversNoMore() throws Exception {
    List<String> accounts = grid(json, prefix, "standin", 4, 2, i -> 5_000);
    String west = createRep(prefix + "West", 50.05, 8.0);
    String east = createRep(prefix + "East", 50.05, 8.25);
    String standIn = createRep(prefix + "StandIn", 50.05, 8.1);
    String planId = activePlan("stand-in", west, east);
    Map<String, String> planned = owners(accounts);
    List<String> eastAccounts = accounts.stream().filter(a -> planned.get(a).equals(east)).toList();
    String eastTerritory =
        given()
            .get("/api/v1/plans/{id}", planId)
            .then()
            .extract()
            .path("territories.find { it.repId == '" + east + "' }.id");
    given()
        .contentType("application/json")
        .body(Map.of("repId", standIn))
        .put("/api/v1/plans/{p}/territories/{t}/coverage", planId, eastTerritory)
        .then()
        .statusCode(200)
        .body("ownersChanged", equalTo(eastAccounts.size()));
    String cursor = lastCursor();

    given()
        .contentType("application/json")
        .body(
            Map.of(
                "name",
                prefix + "StandIn",
                "homeLatitude",
                50.05,
                "homeLongitude",
                8.1,
                "status",
                "INACTIVE"))
        .put("/api/v1/reps/{id}", standIn)
        .then()
        .statusCode(200)
        .body("status", equalTo("INACTIVE"));

    assertThat(owners(accounts)).isEqualTo(planned);
    given()
        .get("/api/v1/plans/{id}", planId)
        .then()
        .body("territories.find { it.id == '" + eastTerritory + "' }.coverage", equalTo(null));
    assertThat(linesOf(changesAfter(cursor)))
        .containsExactlyInAnyOrderElementsOf(
            eastAccounts.stream().map(a -> a + " COVERAGE_ENDED " + east).toList());
  }

  @Test
  void anOwnerChangedByAnotherReplicaIsAnsweredAsSoonAsItCommits() throws Exception {
    List<String> accounts = grid(json, prefix, "replica", 3, 2, i -> 5_000);
    String west = createRep(prefix + "West", 50.05, 8.0);
    String east = createRep(prefix + "East", 50.05, 8.25);
    activePlan("replica", west, east);
    String account = accounts.get(0);
    String rep = owners(List.of(account)).get(account);
    String name = rep.equals(west) ? prefix + "West" : prefix + "East";
    // read twice: the second answer comes from memory
    assertThat(repNameOf(account)).isEqualTo(name);
    assertThat(repNameOf(account)).isEqualTo(name);

    // another replica renames the rep: plain SQL on the same database, past this service
    try (Connection connection = database.getConnection();
        PreparedStatement rename =
            connection.prepareStatement("update rep set name = ? where id = ?")) {
      rename.setString(1, prefix + "Renamed");
      rename.setObject(2, UUID.fromString(rep));
      assertThat(rename.executeUpdate()).isEqualTo(1);
    }
    await("the renamed rep in the lookup", () -> repNameOf(account).equals(prefix + "Renamed"));
  }

  /** A plan of the two reps, solved for a second and activated. */
  private String activePlan(String name, String west, String east) throws InterruptedException {
    String planId = createPlan(prefix + name, List.of(west, east));
    solveToCompletion(planId, 1);
    activate(planId);
    return planId;
  }

  private static String repNameOf(String account) {
    return given()
        .get("/api/v1/owners/{id}", account)
        .then()
        .statusCode(200)
        .extract()
        .path("repName");
  }

  private static int sum(JsonPath json, String path) {
    return json.getList(path, Integer.class).stream().mapToInt(Integer::intValue).sum();
  }

  private static Map<String, String> owners(List<String> accounts) {
    Map<String, String> owners = new HashMap<>();
    for (String account : accounts) {
      owners.put(
          account,
          given()
              .get("/api/v1/owners/{id}", account)
              .then()
              .statusCode(200)
              .extract()
              .path("repId"));
    }
    return owners;
  }

  private static String lastCursor() {
    String cursor = null;
    boolean more = true;
    while (more) {
      JsonPath page = page(cursor);
      cursor = page.getString("cursor");
      more = page.getBoolean("more");
    }
    return cursor;
  }

  /** This test's accounts among the changes, each as "account cause rep". */
  private List<String> linesOf(List<Map<String, Object>> changes) {
    return changes.stream()
        .filter(c -> ((String) c.get("accountId")).startsWith(prefix))
        .map(c -> c.get("accountId") + " " + c.get("cause") + " " + c.get("repId"))
        .toList();
  }

  private static List<Map<String, Object>> changesAfter(String cursor) {
    List<Map<String, Object>> changes = new ArrayList<>();
    boolean more = true;
    while (more) {
      JsonPath page = page(cursor);
      changes.addAll(page.getList("changes"));
      cursor = page.getString("cursor");
      more = page.getBoolean("more");
    }
    return changes;
  }

  private static JsonPath page(String cursor) {
    return given()
        .queryParam("limit", 1000)
        .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
        .get("/api/v1/assignments")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
