package com.territoryplanner.segmentation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.territoryplanner.contracts.AccountEvent;
import com.territoryplanner.contracts.DomainEvent;
import com.territoryplanner.contracts.MarketEvent;
import com.territoryplanner.contracts.RevenueEvent;
import com.territoryplanner.contracts.Topics;
import com.territoryplanner.testsupport.Eventually;
import com.territoryplanner.testsupport.PublishedEvents;
import com.territoryplanner.testsupport.RealInfrastructure;
import com.territoryplanner.testsupport.TestAccounts;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * A hybrid segmentation model written, evaluated against hand-counted totals, explained and
 * activated. Every account and market cell of a run has postal codes of the run's own prefix, and
 * the model's first level keeps them apart from other tests' data.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class SegmentModelFlowTest {

  private static final double[] BOSTON = {42.3601, -71.0589};
  private static final double[] NEW_YORK = {40.7128, -74.006};

  private final String run = "Z" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  private final String model = "regions-" + run.toLowerCase();

  @Inject ObjectMapper json;

  @Test
  void aModelIsEvaluatedExplainedActivatedAndFollowsAccountChanges() throws Exception {
    try (KafkaProducer<String, String> producer = RealInfrastructure.kafkaProducer()) {
      send(producer, Topics.ACCOUNTS, account("big", run + "1", BOSTON, null, 2000));
      send(producer, Topics.ACCOUNTS, account("small", run + "2", BOSTON, "5112", 10));
      send(producer, Topics.ACCOUNTS, account("soft", run + "3", NEW_YORK, "5112", 10));
      send(producer, Topics.ACCOUNTS, account("cloud", run + "4", NEW_YORK, "2361", 10));
      send(producer, Topics.ACCOUNTS, account("bare", run + "5", NEW_YORK, "2361", 10));
      send(producer, Topics.REVENUE, cloudLine("cloud"));
      // 10 companies with 100,000,000 revenue: the average one expects 10,000,000 x 0.002 x 1.5;
      // a cell at its postal code's centroid in the Boston hub, and one whose place is unknown
      send(producer, Topics.MARKET, firmographics(run + "8", "5112", 4, 200L, "40000000", BOSTON));
      send(producer, Topics.MARKET, firmographics(run + "9", "5112", 10, 500L, "100000000", null));
      awaitSegmented("big", "small", "soft", "bare");
      awaitSpend("cloud");
      awaitMarketCell(run + "8");
      awaitMarketCell(run + "9");

      given()
          .contentType(ContentType.JSON)
          .body(definition())
          .post("/api/v1/segment-models/{name}/versions", model)
          .then()
          .statusCode(201)
          .body("version", equalTo(1))
          .body("active", equalTo(false))
          .body(
              "segments",
              hasItems(
                  "All / Run",
                  "All / Run / Boston / Enterprise",
                  "All / Run / Software",
                  "All / Run / White space"));

      JsonPath evaluation =
          given()
              .post("/api/v1/segment-models/{name}/versions/1/evaluation", model)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      Map<String, Integer> accounts = perSegment(evaluation, "accounts");
      assertThat(accounts)
          .containsEntry("All / Run / Boston / Enterprise", 1)
          .containsEntry("All / Run / Boston", 1) // small: in the hub, but neither enterprise
          .containsEntry("All / Run / Software", 1) // nor reaching the sibling Software
          .containsEntry("All / Run / White space", 1)
          .containsEntry("All / Run", 1); // cloud owns Cloud: no white space
      Map<String, Integer> companies = perSegment(evaluation, "companies");
      // the located cell's average company is in the hub (SMB: not Enterprise); the cell without
      // a place misses the hub and is Software
      assertThat(companies)
          .containsEntry("All / Run / Boston", 4)
          .containsEntry("All / Run / Software", 10);
      assertThat(
              evaluation.getString(
                  "segments.find { it.segment == 'All / Run / Boston' }.addressableMarket.USD"))
          .isEqualTo("120000.0");
      assertThat(
              evaluation.getString(
                  "segments.find { it.segment == 'All / Run / Software' }.addressableMarket.USD"))
          .isEqualTo("300000.0");
      assertThat(
              evaluation.getString(
                  "segments.find { it.segment == 'All / Run / Boston / Enterprise' }"
                      + ".potential.USD"))
          .isEqualTo(potentialOf("big"));

      JsonPath path =
          given()
              .get("/api/v1/segment-models/{name}/versions/1/accounts/{id}", model, run + "small")
              .then()
              .statusCode(200)
              .body("segment", equalTo("All / Run / Boston"))
              .extract()
              .jsonPath();
      assertThat(path.getList("steps.segment"))
          .containsExactly(
              "All", "All / Run", "All / Run / Boston", "All / Run / Boston / Enterprise");
      assertThat(path.getList("steps.entered")).containsExactly(true, true, true, false);
      assertThat(path.getString("steps[3].checks[0].observed"))
          .isEqualTo("size tier SMB (10 employees, annual revenue unknown)");

      given()
          .post("/api/v1/segment-models/{name}/versions/1/activation", model)
          .then()
          .statusCode(200);
      assertThat(segmentOf(lastEvent("big", e -> e.hasNonNull("segment"))))
          .isEqualTo("All / Run / Boston / Enterprise");
      given()
          .get("/api/v1/segments/{id}", run + "bare")
          .then()
          .body("segment", equalTo("All / Run / White space"))
          .body("segmentModel", equalTo(model + "@1"));

      // live: a move out of the hub and a first Cloud purchase each re-place their account
      send(producer, Topics.ACCOUNTS, account("small", run + "2", NEW_YORK, "5112", 10));
      send(producer, Topics.REVENUE, cloudLine("bare"));
      assertThat(
              segmentOf(lastEvent("small", e -> e.path("segment").asText().endsWith("Software"))))
          .isEqualTo("All / Run / Software");
      assertThat(segmentOf(lastEvent("bare", e -> e.path("segment").asText().equals("All / Run"))))
          .isEqualTo("All / Run");
    }
  }

  @Test
  void everyFaultOfAModelIsReportedWithItsFieldAndNothingIsStored() {
    given()
        .contentType(ContentType.JSON)
        .body(
            """
            {"root": {"name": "All", "children": [
              {"name": "Hub", "hub": {"latitude": 42, "longitude": -71}},
              {"name": "Tiers", "sizeTiers": ["GIANT"]}]}}
            """)
        .post("/api/v1/segment-models/{name}/versions", model)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            hasItems("root.children[0].hub.radiusKm", "root.children[1].sizeTiers"));
    given().get("/api/v1/segment-models/{name}/versions", model).then().statusCode(404);
    given()
        .contentType(ContentType.JSON)
        .body(definition())
        .post("/api/v1/segment-models/{name}/versions", "no spaces allowed")
        .then()
        .statusCode(400);
  }

  @Test
  void eachNewDefinitionIsTheNextVersionAndOldVersionsStay() {
    for (int version = 1; version <= 2; version++) {
      given()
          .contentType(ContentType.JSON)
          .body(definition())
          .post("/api/v1/segment-models/{name}/versions", model)
          .then()
          .statusCode(201)
          .header("Location", org.hamcrest.Matchers.endsWith("/versions/" + version));
    }
    given()
        .get("/api/v1/segment-models/{name}/versions", model)
        .then()
        .statusCode(200)
        .body("version", org.hamcrest.Matchers.contains(1, 2));
    given()
        .get("/api/v1/segment-models/{name}/versions/1/evaluation", model)
        .then()
        .statusCode(404);
  }

  private String definition() {
    return """
        {"description": "hub, then industry and white space",
         "root": {"name": "All", "children": [
           {"name": "Run", "postalCodes": ["%s*"], "children": [
             {"name": "Boston", "hub": {"place": "Boston", "latitude": 42.3601,
                                        "longitude": -71.0589, "radiusKm": 50},
              "children": [{"name": "Enterprise", "sizeTiers": ["ENTERPRISE"]}]},
             {"name": "Software", "naics": ["5112"]},
             {"name": "White space", "productLines": {"lacks": ["Cloud"]}}]}]}}
        """
        .formatted(run);
  }

  private static Map<String, Integer> perSegment(JsonPath evaluation, String figure) {
    List<Map<String, Object>> segments = evaluation.getList("segments");
    return segments.stream()
        .collect(
            Collectors.toMap(
                s -> (String) s.get("segment"), s -> ((Number) s.get(figure)).intValue()));
  }

  private String potentialOf(String account) {
    return given()
        .get("/api/v1/segments/{id}", run + account)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString("potential");
  }

  private void awaitSegmented(String... accounts) throws InterruptedException {
    for (String account : accounts) {
      Eventually.until(
          () -> given().get("/api/v1/segments/{id}", run + account).statusCode() == 200);
    }
  }

  private void awaitSpend(String account) throws InterruptedException {
    Eventually.until(
        () -> {
          var response = given().get("/api/v1/segments/{id}", run + account);
          return response.statusCode() == 200
              && response.jsonPath().getDouble("parts.currentSpend") > 0;
        });
  }

  private void awaitMarketCell(String postalCode) throws InterruptedException {
    Eventually.until(
        () ->
            given()
                .queryParam("groupBy", "postalCode")
                .queryParam("country", "US")
                .get("/api/v1/market")
                .jsonPath()
                .getList("key")
                .contains("US:" + postalCode));
  }

  private JsonNode lastEvent(String account, java.util.function.Predicate<JsonNode> wanted)
      throws Exception {
    long deadline = System.currentTimeMillis() + 30_000;
    while (true) {
      List<ConsumerRecord<String, String>> events =
          PublishedEvents.await(
              RealInfrastructure.kafkaBootstrapServers(),
              Topics.SEGMENTS,
              (run + account)::equals,
              1,
              Duration.ofSeconds(30));
      JsonNode last = json.readTree(events.get(events.size() - 1).value());
      if (wanted.test(last)) {
        return last;
      }
      assertThat(System.currentTimeMillis()).as("waited 30 s for " + account).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private static String segmentOf(JsonNode event) {
    return event.get("segment").asText();
  }

  private void send(KafkaProducer<String, String> producer, String topic, DomainEvent event)
      throws Exception {
    producer
        .send(new ProducerRecord<>(topic, event.aggregateId(), json.writeValueAsString(event)))
        .get();
  }

  private AccountEvent account(
      String id, String postalCode, double[] at, String naics, Integer employees) {
    return TestAccounts.upsert(run + id)
        .postalCode(postalCode)
        .at(at[0], at[1])
        .naics(naics)
        .employees(employees)
        .build();
  }

  private RevenueEvent cloudLine(String account) {
    return new RevenueEvent(
        UUID.randomUUID(),
        RevenueEvent.UPSERTED,
        Instant.now(),
        1,
        run + account + "-cloud",
        run + account,
        "erp",
        LocalDate.now(ZoneOffset.UTC).minusDays(10),
        "Cloud",
        new BigDecimal("100.00"),
        null,
        null,
        "USD");
  }

  private MarketEvent firmographics(
      String postalCode, String naics, int companies, Long employees, String revenue, double[] at) {
    return MarketEvent.firmographicCount(
        Instant.now(),
        "US:" + postalCode + ":" + naics,
        "census",
        "US",
        postalCode,
        naics,
        companies,
        employees,
        new BigDecimal(revenue),
        "USD",
        at == null ? null : at[0],
        at == null ? null : at[1]);
  }
}
