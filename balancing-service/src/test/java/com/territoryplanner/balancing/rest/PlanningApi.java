package com.territoryplanner.balancing.rest;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.territoryplanner.contracts.AccountEvent;
import com.territoryplanner.contracts.DomainEvent;
import com.territoryplanner.contracts.SegmentEvent;
import com.territoryplanner.contracts.Topics;
import com.territoryplanner.testsupport.RealInfrastructure;
import com.territoryplanner.testsupport.TestAccounts;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What the balancing flow tests do through the API and the broker: reps, plans, solves, accounts.
 */
final class PlanningApi {

  static final Duration WAIT = Duration.ofSeconds(60);

  private PlanningApi() {}

  /**
   * Marks every account of balancing's planning copy deleted, as if each had left its source. A
   * plan covers the whole planning copy, so a test class that asserts on its territories starts
   * with only its own accounts and leaves none behind for the next.
   */
  static void clearPlanningCopy() throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(RealInfrastructure.jdbcUrl(), "postgres", "postgres");
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "update balancing.planning_account set deleted_at = now() where deleted_at is null");
    }
  }

  /**
   * One located account per postal code ({@code name} and the index), on a grid of {@code columns}
   * by {@code rows} 0.05 degrees apart from 50N 8E, in the planning copy with the given potential.
   */
  static List<String> grid(
      ObjectMapper json,
      String prefix,
      String name,
      int columns,
      int rows,
      IntUnaryOperator potential)
      throws Exception {
    List<String> accountIds = new ArrayList<>();
    try (KafkaProducer<String, String> producer = RealInfrastructure.kafkaProducer()) {
      for (int i = 0; i < columns * rows; i++) {
        String id = prefix + name + "-" + i;
        accountIds.add(id);
        double lat = 50.0 + (i / columns) * 0.05;
        double lon = 8.0 + (i % columns) * 0.05;
        send(json, producer, Topics.ACCOUNTS, id, account(id, prefix + name + i, lat, lon));
        send(
            json,
            producer,
            Topics.SEGMENTS,
            id,
            segment(UUID.randomUUID(), id, potential.applyAsInt(i)));
      }
      producer.flush();
    }
    for (String id : accountIds) {
      await(
          "planning copy of " + id,
          () ->
              given().get("/api/v1/planning-accounts/{id}", id).jsonPath().get("potential")
                  != null);
    }
    return accountIds;
  }

  static String createRep(String name, double lat, double lon) {
    return createRep(name, lat, lon, List.of());
  }

  static String createRep(String name, double lat, double lon, List<String> skills) {
    return given()
        .contentType("application/json")
        .body(Map.of("name", name, "homeLatitude", lat, "homeLongitude", lon, "skills", skills))
        .post("/api/v1/reps")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static JsonPath analysisOf(String planId) {
    return given()
        .get("/api/v1/plans/{id}/analysis", planId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static String createPlan(String name, List<String> repIds) {
    return createPlan(Map.of("name", name, "repIds", repIds, "balanceTolerance", 0.10));
  }

  static String createPlan(Map<String, Object> plan) {
    return given()
        .contentType("application/json")
        .body(plan)
        .post("/api/v1/plans")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** Activates the plan from today. */
  static void activate(String planId) {
    given()
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/plans/{id}/activate", planId)
        .then()
        .statusCode(200);
  }

  /** Starts a solve of the plan and answers its job once completed. */
  static JsonPath solveToCompletion(String planId, int seconds) throws InterruptedException {
    given()
        .contentType("application/json")
        .body(Map.of("seconds", seconds))
        .post("/api/v1/plans/{id}/solve", planId)
        .then()
        .statusCode(202);
    return awaitJob(planId, "COMPLETED");
  }

  static JsonPath awaitJob(String planId, String status) throws InterruptedException {
    JsonPath[] last = new JsonPath[1];
    await(
        "job of plan " + planId + " " + status,
        () -> {
          last[0] = given().get("/api/v1/plans/{id}/solve", planId).then().extract().jsonPath();
          return status.equals(last[0].getString("status"));
        });
    return last[0];
  }

  static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.get()) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("Timed out waiting for " + what);
  }

  static AccountEvent account(String id, String postal, Double lat, Double lon) {
    return account(id, postal, lat, lon, null);
  }

  static AccountEvent account(String id, String postal, Double lat, Double lon, String naics) {
    return TestAccounts.upsert(id)
        .postalCode(postal)
        .country("DE")
        .at(lat, lon)
        .naics(naics)
        .currency("EUR")
        .build();
  }

  static SegmentEvent segment(UUID eventId, String accountId, int potential) {
    return new SegmentEvent(
        eventId,
        SegmentEvent.CHANGED,
        Instant.now(),
        1,
        accountId,
        BigDecimal.valueOf(potential),
        "EUR",
        potential > 90_000 ? "L" : "M",
        "test",
        null,
        null);
  }

  static void send(
      ObjectMapper json,
      KafkaProducer<String, String> producer,
      String topic,
      String key,
      DomainEvent event)
      throws Exception {
    producer.send(new ProducerRecord<>(topic, key, json.writeValueAsString(event))).get();
  }
}
