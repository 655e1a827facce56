package com.territoryplanner.balancing.rest;

import static com.territoryplanner.balancing.rest.PlanningApi.account;
import static com.territoryplanner.balancing.rest.PlanningApi.await;
import static com.territoryplanner.balancing.rest.PlanningApi.createPlan;
import static com.territoryplanner.balancing.rest.PlanningApi.createRep;
import static com.territoryplanner.balancing.rest.PlanningApi.send;
import static com.territoryplanner.balancing.rest.PlanningApi.solveToCompletion;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import com.territoryplanner.contracts.SegmentEvent;
import com.territoryplanner.contracts.Topics;
import com.territoryplanner.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

/** What-ifs on a scenario: weighing a segment's potential more, a rep's capacity in one plan. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ScenarioFlowTest extends OwnAccountsFlowTest {

  @Test
  void aScenarioPivotsWeightToASegmentAndGivesARepAnotherCapacity() throws Exception {
    // two rows of eight postal codes, 5,000 each; the eastern half is in the healthcare segment
    List<String> accounts = new ArrayList<>();
    try (KafkaProducer<String, String> producer = RealInfrastructure.kafkaProducer()) {
      for (int i = 0; i < 16; i++) {
        String id = prefix + "pivot-" + i;
        accounts.add(id);
        boolean east = i % 8 >= 4;
        send(
            json,
            producer,
            Topics.ACCOUNTS,
            id,
            account(id, prefix + "pivot" + i, 50.0 + (i / 8) * 0.05, 8.0 + (i % 8) * 0.05));
        send(
            json,
            producer,
            Topics.SEGMENTS,
            id,
            new SegmentEvent(
                UUID.randomUUID(),
                SegmentEvent.CHANGED,
                Instant.now(),
                1,
                id,
                BigDecimal.valueOf(5_000),
                "EUR",
                "M",
                "test@1",
                east ? "All / Healthcare / East" : "All / Software",
                "test@1"));
      }
      producer.flush();
    }
    List<String> segments = List.of("All / Healthcare / East", "All / Software");
    for (String id : accounts) {
      await(
          "planning copy of " + id,
          () ->
              segments.contains(
                  given().get("/api/v1/planning-accounts/{id}", id).<String>path("segment")));
    }
    String west = createRep(prefix + "West", 50.02, 8.0);
    String east = createRep(prefix + "East", 50.02, 8.35);
    String planId =
        createPlan(
            Map.of(
                "name", prefix + "base", "repIds", List.of(west, east), "balanceTolerance", 0.1));
    solveToCompletion(planId, 1);

    // healthcare counts double in the scenario: 8 x 5,000 + 8 x 10,000 to share
    String pivot = fork(planId, prefix + "healthcare push");
    given()
        .contentType("application/json")
        .body(
            Map.of(
                "potentialWeights", List.of(Map.of("segmentPrefix", "All / Health", "weight", 2))))
        .patch("/api/v1/plans/{id}", pivot)
        .then()
        .statusCode(200)
        .body("potentialWeights[0].segmentPrefix", equalTo("All / Health"))
        .body("potentialWeights[0].weight", equalTo(2.0f));
    assertThat(solveToCompletion(pivot, 2).getBoolean("feasible")).isTrue();
    JsonPath pivoted = given().get("/api/v1/plans/{id}", pivot).then().extract().jsonPath();
    assertThat(pivoted.getList("territories.potential", Float.class))
        .allSatisfy(p -> assertThat(p).isBetween(54_000f, 66_000f))
        .satisfies(p -> assertThat(p.get(0) + p.get(1)).isEqualTo(120_000f));
    // the rep with the healthcare accounts holds fewer of them
    int eastAccounts =
        pivoted.getInt("territories.find { it.repId == '" + east + "' }.accountCount");
    assertThat(eastAccounts).isLessThan(8);
    JsonPath base = given().get("/api/v1/plans/{id}", planId).then().extract().jsonPath();
    assertThat(base.getList("potentialWeights")).isEmpty();
    assertThat(base.getList("territories.potential", Float.class))
        .satisfies(p -> assertThat(p.get(0) + p.get(1)).isEqualTo(80_000f));

    // the western rep at twice the capacity in another scenario only
    String doubled = fork(planId, prefix + "west doubles");
    given()
        .contentType("application/json")
        .body(Map.of("capacities", List.of(Map.of("repId", west, "capacity", 2))))
        .patch("/api/v1/plans/{id}", doubled)
        .then()
        .statusCode(200)
        .body("territories.find { it.repId == '" + west + "' }.capacity", equalTo(2.0f))
        .body("territories.find { it.repId == '" + east + "' }.capacity", equalTo(1.0f));
    assertThat(solveToCompletion(doubled, 2).getBoolean("feasible")).isTrue();
    JsonPath twice = given().get("/api/v1/plans/{id}", doubled).then().extract().jsonPath();
    float westTarget =
        twice.getFloat("territories.find { it.repId == '" + west + "' }.targetPotential");
    float eastTarget =
        twice.getFloat("territories.find { it.repId == '" + east + "' }.targetPotential");
    assertThat(westTarget).isCloseTo(2 * eastTarget, within(1f));
    assertThat(twice.getInt("territories.find { it.repId == '" + west + "' }.accountCount"))
        .isBetween(10, 12);
    given().get("/api/v1/reps/{id}", west).then().body("capacity", equalTo(1.0f));
    given()
        .get("/api/v1/plans/{id}", planId)
        .then()
        .body("territories.find { it.repId == '" + west + "' }.capacity", equalTo(1.0f));

    // what cannot be a what-if
    given()
        .contentType("application/json")
        .body(
            Map.of(
                "capacities", List.of(Map.of("repId", UUID.randomUUID(), "capacity", 2)),
                "potentialWeights", List.of(Map.of("weight", 2))))
        .patch("/api/v1/plans/{id}", doubled)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("potentialWeights[0]"));
    given()
        .contentType("application/json")
        .body(Map.of("capacities", List.of(Map.of("repId", UUID.randomUUID(), "capacity", 2))))
        .patch("/api/v1/plans/{id}", doubled)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("capacities[0].repId"));
    given()
        .contentType("application/json")
        .body(Map.of("potentialWeights", List.of(Map.of("naicsPrefix", "62", "weight", 0))))
        .patch("/api/v1/plans/{id}", doubled)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("potentialWeights[0].weight"));
  }

  private static String fork(String planId, String name) {
    return given()
        .contentType("application/json")
        .body(Map.of("name", name))
        .post("/api/v1/plans/{id}/fork", planId)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
