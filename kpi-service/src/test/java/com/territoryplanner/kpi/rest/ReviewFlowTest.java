package com.territoryplanner.kpi.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.territoryplanner.contracts.Topics;
import com.territoryplanner.kpi.service.ReviewService;
import com.territoryplanner.testsupport.PublishedEvents;
import com.territoryplanner.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Balance health over time, drift alerts, the review calendar, trigger events and feedback, with
 * what {@code plan-review.v1} carries. Each test has its own plan.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ReviewFlowTest extends EventFedTest {

  private final UUID plan = UUID.randomUUID();

  @Inject ReviewService reviews;

  @Test
  void aPlanThatDriftsOutOfToleranceOpensOneReviewAndSaysWhy() {
    UUID north = UUID.randomUUID();
    UUID south = UUID.randomUUID();
    UUID west = UUID.randomUUID();
    assign("a1", north, "North");
    assign("a2", south, "South");
    assign("a3", west, "West");
    for (String account : List.of("a1", "a2", "a3")) {
      feed.send(Topics.SEGMENTS, EventFeed.segment(prefix + account, "All", "100", "USD"));
    }
    // 100 each: perfectly even
    // the events in before the first measurement, which is kept
    await(
        this::current,
        h -> h.getList("territories.potential", Float.class).equals(List.of(100f, 100f, 100f)));
    JsonPath balanced = measure();
    assertThat(balanced.getBoolean("withinTolerance")).isTrue();
    assertThat(balanced.getDouble("potential.spread")).isZero();
    assertThat(balanced.getDouble("workload.spread")).isZero();
    assertThat(balanced.getString("currency")).isEqualTo("USD");

    // North grows to 400: mean 200, North 200 off it, a spread of 100 % against 10 %
    feed.send(Topics.SEGMENTS, EventFeed.segment(prefix + "a1", "All", "400", "USD"));
    await(this::current, h -> h.getFloat("potential.mean") == 200f);
    JsonPath drifted = measure();
    assertThat(drifted.getBoolean("withinTolerance")).isFalse();
    assertThat(drifted.getDouble("potential.spread")).isEqualTo(1.0);
    // standard deviation sqrt((200^2 + 100^2 + 100^2) / 3) = 141.42 over a mean of 200
    assertThat(drifted.getDouble("potential.variation")).isEqualTo(0.707107);
    assertThat(drifted.getString("potential.furthest")).isEqualTo(north.toString());
    measure(); // still out: no second review

    JsonPath open = reviewsOf("OPEN");
    assertThat(open.getList("kind")).containsExactly("DRIFT");
    assertThat(open.getString("[0].details"))
        .isEqualTo("potential spread 100.0% exceeds 10.0% (furthest: " + prefix + "North)");
    assertThat(open.getString("[0].breaches[0].metric")).isEqualTo("potential");

    List<JsonNode> published = published(1);
    assertThat(published).hasSize(1);
    JsonNode event = published.get(0);
    assertThat(event.get("type").asText()).isEqualTo("PlanReviewOpened");
    assertThat(event.get("kind").asText()).isEqualTo("DRIFT");
    assertThat(event.get("reviewId").asText()).isEqualTo(open.getString("[0].id"));
    assertThat(event.at("/breaches/0/spread").asDouble()).isEqualTo(1.0);
    assertThat(event.at("/breaches/0/tolerance").asDouble()).isEqualTo(0.10);
    assertThat(event.at("/breaches/0/territoryId").asText()).isEqualTo(north.toString());

    // the history: even at first, out of tolerance at the end
    JsonPath history = given().get(healthPath()).then().statusCode(200).extract().jsonPath();
    List<Boolean> within = history.getList("withinTolerance");
    assertThat(within).hasSize(3);
    assertThat(within.get(0)).isTrue();
    assertThat(within.get(within.size() - 1)).isFalse();
    assertThat(history.getList("territories")).containsOnlyNulls();

    // closed with a resolution, published; closing twice is a conflict
    String reviewId = open.getString("[0].id");
    given()
        .contentType("application/json")
        .body("{\"resolution\":\"North splits next quarter\"}")
        .post(reviewsPath() + "/" + reviewId + "/closure")
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"))
        .body("resolution", equalTo("North splits next quarter"));
    given()
        .contentType("application/json")
        .body("{\"resolution\":\"again\"}")
        .post(reviewsPath() + "/" + reviewId + "/closure")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    assertThat(published(2).get(1).get("type").asText()).isEqualTo("PlanReviewClosed");
  }

  @Test
  void aWiderToleranceKeepsTheSamePlanWithin() {
    assign("b1", UUID.randomUUID(), "B1");
    assign("b2", UUID.randomUUID(), "B2");
    feed.send(Topics.SEGMENTS, EventFeed.segment(prefix + "b1", "All", "130", "USD"));
    feed.send(Topics.SEGMENTS, EventFeed.segment(prefix + "b2", "All", "70", "USD"));
    given()
        .contentType("application/json")
        .body("{\"potentialTolerance\":0.5}")
        .put(healthPath() + "/policy")
        .then()
        .statusCode(200)
        .body("potential", equalTo(0.5f))
        .body("workload", equalTo(0.15f));
    // mean 100, both 30 off it: a spread of 30 %, inside 50 %
    JsonPath health = await(this::measure, h -> h.getFloat("potential.mean") == 100f);
    assertThat(health.getDouble("potential.spread")).isEqualTo(0.3);
    assertThat(health.getBoolean("withinTolerance")).isTrue();
    assertThat(reviewsOf(null).getList("$")).isEmpty();

    given()
        .contentType("application/json")
        .body("{\"workloadTolerance\":-1,\"attainmentTolerance\":11}")
        .put(healthPath() + "/policy")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("workloadTolerance", "attainmentTolerance"));
    given()
        .post("/api/v1/plans/" + UUID.randomUUID() + "/health")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void theCalendarOpensCheckInsAsTheyFallDue() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate start = today.minusMonths(4);
    JsonPath calendar =
        given()
            .contentType("application/json")
            .body("{\"start\":\"" + start + "\"}")
            .put("/api/v1/plans/" + plan + "/review-calendar")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // Q1's check-in fell due a month ago: open now; the rest wait
    assertThat(calendar.getList("title"))
        .containsExactly("Q1 check-in", "Q2 check-in", "Q3 check-in", "Annual deep dive");
    assertThat(calendar.getList("status"))
        .containsExactly("OPEN", "SCHEDULED", "SCHEDULED", "SCHEDULED");
    assertThat(calendar.getList("dueDate"))
        .containsExactly(
            start.plusMonths(3).toString(),
            start.plusMonths(6).toString(),
            start.plusMonths(9).toString(),
            start.plusYears(1).toString());
    assertThat(calendar.getString("[3].kind")).isEqualTo("ANNUAL_DEEP_DIVE");

    // the day Q2's check-in falls due
    reviews.openDue(start.plusMonths(6));
    assertThat(reviewsOf("OPEN").getList("title")).containsExactly("Q1 check-in", "Q2 check-in");
    assertThat(reviewsOf("SCHEDULED").getList("title"))
        .containsExactly("Q3 check-in", "Annual deep dive");
    List<JsonNode> published = published(2);
    assertThat(published)
        .extracting(e -> e.get("title").asText())
        .containsExactly("Q1 check-in", "Q2 check-in");
    assertThat(published).allMatch(e -> e.get("kind").asText().equals("QUARTERLY_CHECK_IN"));

    // scheduled again: the open ones stay, the scheduled ones are replaced
    given()
        .contentType("application/json")
        .body("{\"start\":\"" + today.plusMonths(1) + "\"}")
        .put("/api/v1/plans/" + plan + "/review-calendar")
        .then()
        .statusCode(200);
    assertThat(reviewsOf(null).getList("$")).hasSize(6);
    assertThat(reviewsOf("SCHEDULED").getList("dueDate")).contains(today.plusMonths(4).toString());
  }

  @Test
  void aTriggerEventOpensAReviewThatTakesFeedback() {
    UUID territory = UUID.randomUUID();
    JsonPath review =
        given()
            .contentType("application/json")
            .body(
                "{\"trigger\":\"MERGER\",\"title\":\"Acme acquires Initech\","
                    + "\"details\":\"Initech's 400 accounts join in March\"}")
            .post(reviewsPath())
            .then()
            .statusCode(201)
            .body("status", equalTo("OPEN"))
            .body("kind", equalTo("TRIGGER"))
            .body("trigger", equalTo("MERGER"))
            .extract()
            .jsonPath();
    String reviewId = review.getString("id");
    assertThat(published(1).get(0).get("trigger").asText()).isEqualTo("MERGER");

    given()
        .contentType("application/json")
        .body(
            "{\"territoryId\":\""
                + territory
                + "\",\"reviewId\":\""
                + reviewId
                + "\",\"author\":\"Avery Chen\",\"note\":\"Half my accounts are Initech's\"}")
        .post("/api/v1/plans/" + plan + "/feedback")
        .then()
        .statusCode(201)
        .body("author", equalTo("Avery Chen"));
    given()
        .contentType("application/json")
        .body("{\"territoryId\":\"" + territory + "\",\"author\":\"Sam\",\"note\":\"Too far\"}")
        .post("/api/v1/plans/" + plan + "/feedback")
        .then()
        .statusCode(201);
    assertThat(
            given()
                .queryParam("reviewId", reviewId)
                .get("/api/v1/plans/" + plan + "/feedback")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("note"))
        .containsExactly("Half my accounts are Initech's");
    assertThat(
            given()
                .queryParam("territoryId", territory.toString())
                .get("/api/v1/plans/" + plan + "/feedback")
                .then()
                .extract()
                .jsonPath()
                .getList("author"))
        .containsExactly("Avery Chen", "Sam");

    given()
        .contentType("application/json")
        .body("{\"trigger\":\"ALIENS\"}")
        .post(reviewsPath())
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("trigger", "title"));
    given()
        .contentType("application/json")
        .body("{\"author\":\"Sam\"}")
        .post("/api/v1/plans/" + plan + "/feedback")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("note", "territoryId"));
    given()
        .contentType("application/json")
        .body("{\"reviewId\":\"" + UUID.randomUUID() + "\",\"author\":\"Sam\",\"note\":\"x\"}")
        .post("/api/v1/plans/" + plan + "/feedback")
        .then()
        .statusCode(404);
  }

  private void assign(String account, UUID territory, String name) {
    feed.send(
        Topics.ASSIGNMENTS,
        EventFeed.assignIn(
            plan, prefix + account, territory, prefix + name, LocalDate.parse("2026-01-01")));
  }

  private JsonPath measure() {
    return given().post(healthPath()).then().statusCode(200).extract().jsonPath();
  }

  private JsonPath current() {
    return given().get(healthPath() + "/current").then().statusCode(200).extract().jsonPath();
  }

  private JsonPath reviewsOf(String status) {
    return given()
        .queryParams(status == null ? java.util.Map.of() : java.util.Map.of("status", status))
        .get(reviewsPath())
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The plan's events on plan-review.v1, in order, once at least {@code expected} arrived. */
  private List<JsonNode> published(int expected) {
    List<ConsumerRecord<String, String>> records =
        PublishedEvents.await(
            RealInfrastructure.kafkaBootstrapServers(),
            Topics.PLAN_REVIEW,
            key -> plan.toString().equals(key),
            expected,
            TIMEOUT);
    return records.stream().map(r -> read(r.value())).toList();
  }

  private JsonNode read(String payload) {
    try {
      return json.readTree(payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String healthPath() {
    return "/api/v1/plans/" + plan + "/health";
  }

  private String reviewsPath() {
    return "/api/v1/plans/" + plan + "/reviews";
  }
}
