package com.territoryplanner.balancing.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.territoryplanner.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class RepResourceTest {

  private final String prefix = UUID.randomUUID().toString().substring(0, 8) + "-";

  @Test
  void repsAreCreatedReadReplacedAndDeleted() {
    String id =
        given()
            .contentType("application/json")
            .body(
                Map.of(
                    "name",
                    prefix + "Ada",
                    "email",
                    "ada@example.com",
                    "homeLatitude",
                    52.52,
                    "homeLongitude",
                    13.40))
            .post("/api/v1/reps")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/reps/"))
            .body("capacity", equalTo(1.0f))
            .body("status", equalTo("ACTIVE"))
            .extract()
            .path("id");

    given()
        .get("/api/v1/reps/{id}", id)
        .then()
        .statusCode(200)
        .body("name", equalTo(prefix + "Ada"));
    given().get("/api/v1/reps").then().statusCode(200).body("id", hasItem(id));

    given()
        .contentType("application/json")
        .body(
            Map.of(
                "name",
                prefix + "Ada L.",
                "homeLatitude",
                48.14,
                "homeLongitude",
                11.58,
                "capacity",
                0.5,
                "skills",
                List.of(" banking", "enterprise", "banking"),
                "status",
                "INACTIVE"))
        .put("/api/v1/reps/{id}", id)
        .then()
        .statusCode(200)
        .body("name", equalTo(prefix + "Ada L."))
        .body("capacity", equalTo(0.5f))
        .body("skills", equalTo(List.of("banking", "enterprise")))
        .body("status", equalTo("INACTIVE"));

    given().delete("/api/v1/reps/{id}", id).then().statusCode(204);
    given()
        .get("/api/v1/reps/{id}", id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().get("/api/v1/reps").then().body("id", not(hasItem(id)));
  }

  @Test
  void anInvalidRepIsAProblemNamingTheFields() {
    given()
        .contentType("application/json")
        .body(Map.of("homeLatitude", 95.0, "homeLongitude", 13.4, "capacity", 0))
        .post("/api/v1/reps")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("errors.field", hasItems("name", "homeLatitude", "capacity"));
  }

  @Test
  void unknownRepsAre404Problems() {
    UUID unknown = UUID.randomUUID();
    given()
        .get("/api/v1/reps/{id}", unknown)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString(unknown.toString()));
    given()
        .contentType("application/json")
        .body(Map.of("name", "x", "homeLatitude", 1.0, "homeLongitude", 1.0))
        .put("/api/v1/reps/{id}", unknown)
        .then()
        .statusCode(404);
    given().delete("/api/v1/reps/{id}", unknown).then().statusCode(404);
  }
}
