package com.territoryplanner.balancing.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.territoryplanner.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bad bodies of every kind against the endpoints that take JSON: each is refused as a 4xx
 * problem+json, none is a 500, and nothing is stored (the reps list does not grow).
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class BadInputTest {

  private static final String[] VALUES = {
    "null",
    "true",
    "-1",
    "0",
    "1e309",
    "-1e309",
    "NaN",
    "Infinity",
    "\"NaN\"",
    "\"\"",
    "\"x\"",
    "[]",
    "{}",
    "[[[[[[[[[[]]]]]]]]]]",
    "99999999999999999999999999999",
    "\"2026-13-45\"",
    "\"25:61\"",
    "\"not-a-uuid\"",
    "\"=HYPERLINK(\\\"x\\\")\"",
    "\"\\u0000\"",
    "1.5",
    "\"ACTIVE\"",
    "\"UNKNOWN_ENUM\""
  };

  private static final String[][] ENDPOINTS = {
    {"/api/v1/reps", "name", "homeLatitude", "homeLongitude", "capacity", "status", "skills"},
    {"/api/v1/plans", "name", "repIds", "balanceTolerance", "limits", "potentialWeights"},
    {"/api/v1/reps/" + UUID.randomUUID() + "/routes", "start", "days", "dayStart", "accounts"},
  };

  @Test
  void noBadBodyIsA500OrAPartialWrite() {
    int repsBefore = given().get("/api/v1/reps").jsonPath().getList("$").size();
    Random random = new Random(42);
    List<String> bodies = new ArrayList<>();
    bodies.add("");
    bodies.add("{");
    bodies.add("{\"name\":");
    bodies.add("[".repeat(10_000) + "]".repeat(10_000));
    bodies.add("{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000));
    bodies.add("\u00ff\u00fe{\"name\":\"latin-1\"}");
    bodies.add("{\"name\":\"" + "x".repeat(200_000) + "\"}");
    for (String[] endpoint : ENDPOINTS) {
      for (int i = 0; i < 60; i++) {
        StringBuilder body = new StringBuilder("{");
        for (int f = 1; f < endpoint.length; f++) {
          if (random.nextInt(3) > 0) {
            body.append(body.length() > 1 ? "," : "")
                .append('"')
                .append(endpoint[f])
                .append("\":")
                .append(VALUES[random.nextInt(VALUES.length)]);
          }
        }
        bodies.add(body.append('}').toString());
      }
    }
    List<String> failures = new ArrayList<>();
    for (String[] endpoint : ENDPOINTS) {
      for (String body : bodies) {
        Response answer = given().contentType("application/json").body(body).post(endpoint[0]);
        int status = answer.statusCode();
        String type = answer.contentType();
        if (status < 400 || status > 499 || !type.startsWith("application/problem+json")) {
          failures.add(endpoint[0] + " " + status + " " + type + " " + abbreviated(body));
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(given().get("/api/v1/reps").jsonPath().getList("$")).hasSize(repsBefore);
  }

  private static String abbreviated(String body) {
    return body.length() > 120 ? body.substring(0, 120) + "..." : body;
  }
}
