package com.territoryplanner.balancing.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.territoryplanner.testsupport.BadJsonBodies;
import com.territoryplanner.testsupport.EveryOperationProbes;
import com.territoryplanner.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bad bodies of every kind against the endpoints that take JSON: each is refused as a 4xx
 * problem+json, none is a 500, and nothing is stored (the reps list does not grow).
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class BadInputTest extends EveryOperationProbes {

  private static final String[][] ENDPOINTS = {
    {"/api/v1/reps", "name", "homeLatitude", "homeLongitude", "capacity", "status", "skills"},
    {"/api/v1/plans", "name", "repIds", "balanceTolerance", "limits", "potentialWeights"},
    {"/api/v1/reps/" + UUID.randomUUID() + "/routes", "start", "days", "dayStart", "accounts"},
  };

  @Test
  void noBadBodyIsA500OrAPartialWrite() {
    int repsBefore = given().get("/api/v1/reps").jsonPath().getList("$").size();
    List<String> failures = new ArrayList<>();
    for (String[] endpoint : ENDPOINTS) {
      List<String> fields = List.of(endpoint).subList(1, endpoint.length);
      failures.addAll(
          BadJsonBodies.failures(
              "POST", endpoint[0], BadJsonBodies.forFields(42, fields.toArray(String[]::new))));
    }
    assertThat(failures).isEmpty();
    assertThat(given().get("/api/v1/reps").jsonPath().getList("$")).hasSize(repsBefore);
  }
}
