package com.territoryplanner.segmentation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.territoryplanner.contracts.AccountEvent;
import com.territoryplanner.contracts.DomainEvent;
import com.territoryplanner.contracts.LeadEvent;
import com.territoryplanner.contracts.MarketEvent;
import com.territoryplanner.contracts.RevenueEvent;
import com.territoryplanner.contracts.Topics;
import com.territoryplanner.testsupport.PublishedEvents;
import com.territoryplanner.testsupport.RealInfrastructure;
import com.territoryplanner.testsupport.TestAccounts;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accounts in on {@code accounts.v1}, segments out on {@code segments.v1} and the REST API. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class SegmentationFlowTest {

  private final String prefix = UUID.randomUUID().toString().substring(0, 8) + "-";

  @Inject ObjectMapper json;

  private KafkaProducer<String, String> producer;

  @BeforeEach
  void openProducer() {
    producer = RealInfrastructure.kafkaProducer();
  }

  @AfterEach
  void closeProducer() {
    producer.close();
  }

  @Test
  void anAccountIsSegmentedPublishedAndExplained() throws Exception {
    String id = prefix + "acme";
    send(Topics.ACCOUNTS, account(id, "5112", 5000, "90000000", "USD"));

    List<ConsumerRecord<String, String>> published = segmentsOf(id, 1);
    assertThat(published).hasSize(1);
    JsonNode event = json.readTree(published.get(0).value());
    assertThat(event.get("type").asText()).isEqualTo("AccountSegmentChanged");
    assertThat(event.get("potential").decimalValue()).isEqualByComparingTo("270000.00");
    assertThat(event.get("sizeTier").asText()).isEqualTo("ENTERPRISE");
    assertThat(event.get("currency").asText()).isEqualTo("USD");
    assertThat(event.get("modelVersion").asText()).isEqualTo("potential-v4");

    api()
        .get("/api/v1/segments/{id}", id)
        .then()
        .statusCode(200)
        .body("accountId", equalTo(id))
        .body("potential", comparesEqualTo(new BigDecimal("270000.00")))
        .body("currency", equalTo("USD"))
        .body("sizeTier", equalTo("ENTERPRISE"))
        .body("modelVersion", equalTo("potential-v4"))
        .body("parts.basis", equalTo("REVENUE"))
        .body("parts.base", comparesEqualTo(new BigDecimal("180000.00")))
        .body("parts.rate", comparesEqualTo(new BigDecimal("0.002")))
        .body("parts.sector", equalTo("51"))
        .body("parts.propensity", comparesEqualTo(new BigDecimal("1.5")));
  }

  @Test
  void aDeletedAccountLosesItsSegment() throws Exception {
    String id = prefix + "gone";
    AccountEvent upsert = account(id, "5112", 50, null, "USD");
    send(Topics.ACCOUNTS, upsert);
    segmentsOf(id, 1);

    send(Topics.ACCOUNTS, TestAccounts.deletionOf(upsert));
    // the same figures again publish again only because the deletion removed the segment
    send(Topics.ACCOUNTS, account(id, "5112", 50, null, "USD"));

    assertThat(segmentsOf(id, 2)).hasSize(2);
  }

  @Test
  void anUnchangedSegmentPublishesNothingAndAChangedTierPublishesAgain() throws Exception {
    String id = prefix + "same";
    send(Topics.ACCOUNTS, account(id, "3341", 120, null, "EUR")); // MID_MARKET, 60,000.00
    send(
        Topics.ACCOUNTS,
        account(id, "3341", 120, null, "EUR")); // new event, same figures: nothing to publish
    send(Topics.ACCOUNTS, account(id, "3341", 1200, null, "EUR")); // ENTERPRISE, 600,000.00

    List<ConsumerRecord<String, String>> published = segmentsOf(id, 2);
    assertThat(published).hasSize(2);
    assertThat(json.readTree(published.get(0).value()).get("sizeTier").asText())
        .isEqualTo("MID_MARKET");
    JsonNode second = json.readTree(published.get(1).value());
    assertThat(second.get("sizeTier").asText()).isEqualTo("ENTERPRISE");
    assertThat(second.get("potential").decimalValue()).isEqualByComparingTo("600000.00");
  }

  @Test
  void aDuplicateEventIdIsProcessedOnce() throws Exception {
    String id = prefix + "dup";
    AccountEvent first = account(id, null, 10, null, "USD"); // SMB, 5,000.00
    send(Topics.ACCOUNTS, first);
    // a redelivery of the same event id (with altered figures to make a re-run visible): skipped
    send(
        Topics.ACCOUNTS,
        TestAccounts.upsert(id)
            .eventId(first.eventId())
            .occurredAt(first.occurredAt())
            .name("Altered")
            .country(null)
            .employees(5000)
            .build());
    send(Topics.ACCOUNTS, account(id, null, 20, null, "USD")); // SMB, 10,000.00: marks the end

    List<ConsumerRecord<String, String>> published = segmentsOf(id, 2);
    assertThat(published)
        .extracting(r -> potentialOf(r.value()))
        .containsExactly("5000.00", "10000.00");
    api()
        .get("/api/v1/segments/{id}", id)
        .then()
        .statusCode(200)
        .body("potential", comparesEqualTo(new BigDecimal("10000.00")));
  }

  @Test
  void aBrokenEventIsDeadLetteredAndTheRestOfItsPollStillCounts() throws Exception {
    String before = prefix + "before";
    String after = prefix + "after";
    // sent together, to arrive in one poll: one cannot be read, one fails in the database
    // (PostgreSQL text cannot hold NUL), and the batch falls back to one event at a time
    producer.send(record(Topics.ACCOUNTS, account(before, "5112", 50, null, "USD")));
    producer.send(new ProducerRecord<>(Topics.ACCOUNTS, prefix + "garbled", "{\"type\": "));
    producer.send(
        record(
            Topics.ACCOUNTS,
            TestAccounts.upsert(prefix + "nul").postalCode("100\u000001").employees(50).build()));
    producer.send(record(Topics.ACCOUNTS, account(after, "5112", 60, null, "USD")));
    producer.flush();

    assertThat(segmentsOf(before, 1)).hasSize(1);
    assertThat(segmentsOf(after, 1)).hasSize(1);
    List<ConsumerRecord<String, String>> deadLetters =
        PublishedEvents.await(
            RealInfrastructure.kafkaBootstrapServers(),
            "dead-letter-topic-accounts",
            key -> key.startsWith(prefix),
            2,
            Duration.ofSeconds(30));
    assertThat(deadLetters)
        .extracting(ConsumerRecord::key)
        .containsExactlyInAnyOrder(prefix + "garbled", prefix + "nul");
    for (ConsumerRecord<String, String> deadLetter : deadLetters) {
      assertThat(header(deadLetter, "dead-letter-topic")).isEqualTo(Topics.ACCOUNTS);
      assertThat(header(deadLetter, "dead-letter-consumer")).isEqualTo("segmentation-service");
      assertThat(header(deadLetter, "dead-letter-reason")).isNotBlank();
      assertThat(Long.parseLong(header(deadLetter, "dead-letter-offset"))).isNotNegative();
    }
    api().get("/api/v1/segments/{id}", prefix + "nul").then().statusCode(404);
  }

  @Test
  void theSummaryTotalsPotentialPerTierAndCurrency() throws Exception {
    // XTS: the ISO 4217 code reserved for testing, used by no other test here
    send(
        Topics.ACCOUNTS,
        account(prefix + "big", null, null, "2000000000", "XTS")); // ENTERPRISE, 4,000,000.00
    send(
        Topics.ACCOUNTS,
        account(prefix + "small", "7225", 10, null, "XTS")); // SMB, 10 × 500 × 0.6 = 3,000.00
    assertThat(
            PublishedEvents.await(
                RealInfrastructure.kafkaBootstrapServers(),
                Topics.SEGMENTS,
                key -> key.startsWith(prefix),
                2,
                Duration.ofSeconds(30)))
        .hasSize(2);

    api()
        .get("/api/v1/segments/summary")
        .then()
        .statusCode(200)
        .body("sizeTier", hasItems("SMB", "MID_MARKET", "ENTERPRISE"))
        .body(
            "find { it.sizeTier == 'ENTERPRISE' }.potentials.find { it.currency == 'XTS' }"
                + ".totalPotential",
            comparesEqualTo(new BigDecimal("4000000.00")))
        .body(
            "find { it.sizeTier == 'ENTERPRISE' }.potentials.find { it.currency == 'XTS' }"
                + ".accounts",
            equalTo(1))
        .body(
            "find { it.sizeTier == 'SMB' }.potentials.find { it.currency == 'XTS' }"
                + ".totalPotential",
            comparesEqualTo(new BigDecimal("3000.00")));
  }

  @Test
  void anUnknownAccountIsANotFoundProblem() {
    given()
        .get("/api/v1/segments/{id}", prefix + "nobody")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("detail", containsString(prefix + "nobody"));
  }

  @Test
  void whatTheAccountAlreadyBuysComesOffItsPotential() throws Exception {
    String id = prefix + "buyer";
    send(Topics.ACCOUNTS, account(id, "5112", 5000, "90000000", "USD"));
    assertThat(segmentsOf(id, 1)).hasSize(1);

    // expected 270,000; a line of 100,000 last month leaves 170,000 of white space
    RevenueEvent line =
        new RevenueEvent(
            UUID.randomUUID(),
            RevenueEvent.UPSERTED,
            Instant.now(),
            RevenueEvent.SCHEMA_VERSION,
            prefix + "line",
            id,
            "erp",
            LocalDate.now(ZoneOffset.UTC).minusMonths(1),
            "Support",
            new BigDecimal("100000"),
            null,
            null,
            "USD");
    send(Topics.REVENUE, line);
    List<ConsumerRecord<String, String>> published = segmentsOf(id, 2);
    assertThat(potentialOf(published.get(1).value())).isEqualTo("170000.00");
    api()
        .get("/api/v1/segments/{id}", id)
        .then()
        .body("parts.currentSpend", comparesEqualTo(new BigDecimal("100000")));

    send(
        Topics.REVENUE,
        new RevenueEvent(
            UUID.randomUUID(),
            RevenueEvent.DELETED,
            Instant.now(),
            RevenueEvent.SCHEMA_VERSION,
            line.revenueLineId(),
            id,
            "erp",
            line.date(),
            line.productLine(),
            line.amount(),
            null,
            null,
            "USD"));
    assertThat(potentialOf(segmentsOf(id, 3).get(2).value())).isEqualTo("270000.00");
  }

  @Test
  void theHeatMapAddsUpTheAccountsOfEachHexagon() throws Exception {
    // two accounts a kilometre apart share a resolution-4 cell; one 300 km away has its own; one
    // without coordinates is on no map (all far from the other tests' accounts)
    send(
        Topics.ACCOUNTS, placed(prefix + "h1", "5112", 5000, "90000000", 10.00, 20.00, "Customer"));
    send(Topics.ACCOUNTS, placed(prefix + "h2", "3341", 120, null, 10.01, 20.01, "Prospect"));
    AccountEvent far = placed(prefix + "h3", "5112", 5000, "30000000", 12.50, 21.50, null);
    send(Topics.ACCOUNTS, far);
    send(Topics.ACCOUNTS, placed(prefix + "h4", "5112", 5000, "30000000", null, null, null));
    // a competitor next to h1 and h2, and one known only by postal code (on no map)
    send(Topics.MARKET, competitor(prefix + "k1", 10.005, 20.005));
    send(Topics.MARKET, competitor(prefix + "k2", null, null));
    for (String id : List.of("h1", "h2", "h3", "h4")) {
      segmentsOf(prefix + id, 1);
    }
    heatMapOnce(
        shown ->
            shown.getList("features.properties.competitors", Integer.class).stream()
                    .mapToInt(Integer::intValue)
                    .sum()
                == 1);
    // the competitor shows on the map before the accounts near it are evaluated again, and their
    // new potentials reach the map's totals when the next fold runs
    for (String id : List.of("h1", "h2")) {
      waitForCompetitorsNearby(prefix + id, 1);
    }
    Response heatMap =
        heatMapOnce(
            shown ->
                shown.getList("features.properties.potential.USD", BigDecimal.class).stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .compareTo(new BigDecimal("390003"))
                    == 0);
    heatMap.then().statusCode(200).contentType("application/geo+json");
    JsonPath map = heatMap.jsonPath();

    // the competitor next to h1 and h2 discounts them: × 1 / (1 + 0.1) = 0.9091, whichever of
    // the accounts and the competitor came first
    api()
        .get("/api/v1/segments/{id}", prefix + "h1")
        .then()
        .body("parts.competitorsNearby", equalTo(1))
        .body("parts.saturation", comparesEqualTo(new BigDecimal("0.9091")))
        .body("potential", comparesEqualTo(new BigDecimal("245457.00")));
    api()
        .get("/api/v1/segments/{id}", prefix + "h3")
        .then()
        .body("parts.competitorsNearby", equalTo(0));
    // potentials 245,457 + 54,546 in one cell, 90,000 in the other: the raw data's totals
    assertThat(map.getString("type")).isEqualTo("FeatureCollection");
    assertThat(map.getList("features.properties.accounts", Integer.class))
        .containsExactlyInAnyOrder(2, 1);
    assertThat(
            map.getList("features.properties.potential.USD", BigDecimal.class).stream()
                .map(BigDecimal::stripTrailingZeros)
                .toList())
        .containsExactlyInAnyOrder(
            new BigDecimal("300003").stripTrailingZeros(), new BigDecimal("9E+4"));
    assertThat(map.getList("features[0].geometry.coordinates[0]")).hasSize(7);
    assertThat(map.getInt("features.find { it.properties.accounts == 2 }.properties.customers"))
        .isEqualTo(1);
    assertThat(map.getInt("features.find { it.properties.accounts == 2 }.properties.competitors"))
        .isEqualTo(1);
    assertThat(map.getList("features.properties.competitors", Integer.class))
        .containsExactlyInAnyOrder(1, 0);
    assertThat(map.getString("features[0].id")).startsWith("84");

    // lead flow: two leads of the last days next to h1, one of 2020 left out, one unplaced
    send(Topics.LEADS, lead(prefix + "n1", 10.002, 20.002, LocalDate.now(ZoneOffset.UTC)));
    send(Topics.LEADS, lead(prefix + "n2", 10.003, 20.003, LocalDate.now(ZoneOffset.UTC)));
    send(Topics.LEADS, lead(prefix + "n3", 10.004, 20.004, LocalDate.of(2020, 1, 1)));
    send(Topics.LEADS, lead(prefix + "n4", null, null, LocalDate.now(ZoneOffset.UTC)));
    assertThat(
            heatMapOnce(
                    shown -> shown.getList("features.properties.leads", Integer.class).contains(2))
                .jsonPath()
                .getList("features.properties.leads", Integer.class))
        .containsExactlyInAnyOrder(2, 0);

    // with reps of 300,000 each: the 300,003 cell is a hot spot of one rep; the 90,000 cell,
    // hot (at least 5 % of a rep) but not adjacent and below one rep alone, is none
    JsonPath spots =
        aroundTheTestAccounts()
            .queryParam("resolution", 4)
            .queryParam("capacity", 300000)
            .get("/api/v1/heatmap/hotspots")
            .then()
            .statusCode(200)
            .contentType("application/geo+json")
            .extract()
            .jsonPath();
    assertThat(spots.getList("features")).hasSize(1);
    assertThat(spots.getString("features[0].geometry.type")).isEqualTo("MultiPolygon");
    assertThat(spots.getInt("features[0].properties.accounts")).isEqualTo(2);
    assertThat(spots.getInt("features[0].properties.reps")).isEqualTo(1);
    assertThat(spots.getObject("features[0].properties.potential", BigDecimal.class))
        .isEqualByComparingTo("300003");

    // a deleted account leaves its hexagon's totals, whether or not they were folded yet
    send(Topics.ACCOUNTS, TestAccounts.deletionOf(far));
    assertThat(
            heatMapOnce(
                    shown ->
                        shown
                            .getList("features.properties.accounts", Integer.class)
                            .equals(List.of(2)))
                .jsonPath()
                .getList("features.properties.accounts", Integer.class))
        .containsExactly(2);

    aroundTheTestAccounts()
        .queryParam("resolution", 5)
        .get("/api/v1/heatmap")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void regionalGrowthReassessesTheRegionsAccountsMostSpecificRegionFirst() throws Exception {
    // a country of this test's own, so no other test's account is in it
    String country = "Q" + (char) ('A' + Math.abs(prefix.hashCode() % 26));
    String id = prefix + "grow";
    send(
        Topics.ACCOUNTS, // expects 60,000.00
        TestAccounts.upsert(id)
            .postalCode("12345")
            .country(country)
            .naics("3341")
            .employees(120)
            .build());
    segmentsOf(id, 1);

    send(Topics.MARKET, indicator(prefix + "g1", country, "2025", "10"));
    assertThat(potentialOf(lastSegmentEvent(id, 2))).isEqualTo("66000.00");
    // the postal code's own figure wins over the country's; an older period changes nothing
    send(Topics.MARKET, indicator(prefix + "g2", country + ":12345", "2025", "-20"));
    send(Topics.MARKET, indicator(prefix + "g3", country + ":12345", "2024", "50"));
    send(Topics.MARKET, indicator(prefix + "g4", country, "2025-Q3", "3")); // not gdp_growth
    assertThat(potentialOf(lastSegmentEvent(id, 3))).isEqualTo("48000.00");
    api()
        .get("/api/v1/segments/{id}", id)
        .then()
        .body("parts.growthRegion", equalTo(country + ":12345"))
        .body("parts.growthPeriod", equalTo("2025"))
        .body("parts.growth", comparesEqualTo(new BigDecimal("0.8")));
  }

  private String lastSegmentEvent(String accountId, int expected) {
    List<ConsumerRecord<String, String>> events = segmentsOf(accountId, expected);
    return events.get(events.size() - 1).value();
  }

  private MarketEvent indicator(String id, String region, String period, String value) {
    return MarketEvent.economicIndicator(
        Instant.now(),
        id,
        "bls",
        region,
        id.endsWith("g4") ? "unemployment" : "gdp_growth",
        period,
        new BigDecimal(value),
        "percent");
  }

  /**
   * The resolution-4 heat map around the test accounts once it shows what the test waits for, or as
   * it stands after 30 s: its totals are folded in the background, after the accounts change.
   */
  private static Response heatMapOnce(Predicate<JsonPath> settled) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    while (true) {
      Response map = aroundTheTestAccounts().queryParam("resolution", 4).get("/api/v1/heatmap");
      if (settled.test(map.jsonPath()) || System.currentTimeMillis() >= deadline) {
        return map;
      }
      Thread.sleep(200);
    }
  }

  private void waitForCompetitorsNearby(String accountId, int expected)
      throws InterruptedException {
    for (long deadline = System.currentTimeMillis() + 30_000;
        System.currentTimeMillis() < deadline; ) {
      Integer nearby =
          api()
              .get("/api/v1/segments/{id}", accountId)
              .then()
              .extract()
              .jsonPath()
              .get("parts.competitorsNearby");
      if (nearby != null && nearby == expected) {
        return;
      }
      Thread.sleep(200);
    }
  }

  private MarketEvent competitor(String id, Double lat, Double lon) {
    return MarketEvent.competitorLocation(
        Instant.now(),
        id,
        "intel",
        "TD",
        lat == null ? "99999" : null,
        "Globex",
        "Globex " + id,
        lat,
        lon);
  }

  private static AccountEvent placed(
      String id,
      String naics,
      Integer employees,
      String revenue,
      Double lat,
      Double lon,
      String accountType) {
    return TestAccounts.upsert(id)
        .postalCode("10001")
        .at(lat, lon)
        .naics(naics)
        .employees(employees)
        .annualRevenue(revenue)
        .accountType(accountType)
        .build();
  }

  private static LeadEvent lead(String id, Double lat, Double lon, LocalDate created) {
    return new LeadEvent(
        UUID.randomUUID(),
        LeadEvent.UPSERTED,
        Instant.now(),
        LeadEvent.SCHEMA_VERSION,
        id,
        "marketing",
        "Lead " + id,
        "Web",
        "Open",
        false,
        null,
        created,
        null,
        null,
        "US",
        null,
        lat,
        lon);
  }

  private String potentialOf(String event) {
    try {
      return json.readTree(event).get("potential").decimalValue().setScale(2).toPlainString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The heat map's box around the accounts of the heat-map test, far from other tests'. */
  private static RequestSpecification aroundTheTestAccounts() {
    return api()
        .queryParam("minLon", 19)
        .queryParam("minLat", 9)
        .queryParam("maxLon", 23)
        .queryParam("maxLat", 13);
  }

  private static RequestSpecification api() {
    return given()
        .config(
            RestAssured.config()
                .jsonConfig(
                    JsonConfig.jsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
  }

  private static AccountEvent account(
      String id, String naics, Integer employees, String revenue, String currency) {
    return TestAccounts.upsert(id)
        .postalCode("10001")
        .at(40.75, -73.99)
        .naics(naics)
        .employees(employees)
        .annualRevenue(revenue)
        .currency(currency)
        .build();
  }

  private void send(String topic, DomainEvent event) throws Exception {
    producer.send(record(topic, event)).get();
  }

  private ProducerRecord<String, String> record(String topic, DomainEvent event) throws Exception {
    return new ProducerRecord<>(topic, event.aggregateId(), json.writeValueAsString(event));
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  private static List<ConsumerRecord<String, String>> segmentsOf(String accountId, int expected) {
    return PublishedEvents.await(
        RealInfrastructure.kafkaBootstrapServers(),
        Topics.SEGMENTS,
        accountId::equals,
        expected,
        Duration.ofSeconds(30));
  }
}
