package com.territoryplanner.kpi.rest;

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
 * problem+json, none is a 500, and nothing is stored for the plan (no feedback, review or quota).
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class BadInputTest extends EveryOperationProbes {

  private final String plan = "/api/v1/plans/" + UUID.randomUUID();

  @Test
  void noBadBodyIsA500OrAPartialWrite() {
    String[][] endpoints = {
      {"POST", plan + "/feedback", "territoryId", "reviewId", "repId", "author", "note"},
      {"PUT", plan + "/quotas/2027", "amount", "currency", "seasonality"},
      {"PUT", plan + "/quotas/2027/territories/" + UUID.randomUUID(), "amount"},
      {"POST", plan + "/reviews", "trigger", "title", "details"},
      {"POST", plan + "/reviews/" + UUID.randomUUID() + "/closure", "resolution"},
    };
    List<String> failures = new ArrayList<>();
    for (String[] endpoint : endpoints) {
      String[] fields = List.of(endpoint).subList(2, endpoint.length).toArray(String[]::new);
      failures.addAll(
          BadJsonBodies.failures(endpoint[0], endpoint[1], BadJsonBodies.forFields(7, fields)));
    }
    // every field optional: some of the bodies are valid policies and calendars
    failures.addAll(
        BadJsonBodies.serverFailures(
            "PUT",
            plan + "/health/policy",
            BadJsonBodies.forFields(
                7, "potentialTolerance", "workloadTolerance", "attainmentTolerance")));
    failures.addAll(
        BadJsonBodies.serverFailures(
            "PUT", plan + "/review-calendar", BadJsonBodies.forFields(7, "start")));
    assertThat(failures).isEmpty();
    assertThat(given().get(plan + "/feedback").jsonPath().getList("$")).isEmpty();
    assertThat(given().get(plan + "/reviews").jsonPath().getList("$")).isEmpty();
    assertThat(given().get(plan + "/quotas/2027").statusCode()).isEqualTo(404);
  }
}
