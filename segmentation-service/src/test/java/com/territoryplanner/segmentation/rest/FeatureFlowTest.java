package com.territoryplanner.segmentation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.territoryplanner.contracts.ActivityEvent;
import com.territoryplanner.contracts.DomainEvent;
import com.territoryplanner.contracts.LeadEvent;
import com.territoryplanner.contracts.MarketEvent;
import com.territoryplanner.contracts.OpportunityEvent;
import com.territoryplanner.contracts.RevenueEvent;
import com.territoryplanner.contracts.Topics;
import com.territoryplanner.testsupport.Eventually;
import com.territoryplanner.testsupport.RealInfrastructure;
import com.territoryplanner.testsupport.TestAccounts;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Facts in from ingest's topics, features out, checked against figures worked out by hand. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class FeatureFlowTest {

  private static final Instant NOW = Instant.parse("2026-07-01T00:00:00Z");

  private final String p = UUID.randomUUID().toString().substring(0, 8);

  @Inject ObjectMapper json;

  @Test
  void featuresFollowTheFactsAsWorkedOutByHand() throws Exception {
    String a = p + "-A";
    try (KafkaProducer<String, String> producer = RealInfrastructure.kafkaProducer()) {
      RevenueEvent l2 = revenue("L2", a, "2025-12-15", "Licences", "3000", "1800", "USD", NOW);
      List<DomainEvent> events =
          List.of(
              revenue("L1", a, "2026-06-01", "Support", "1000", "400", "USD", NOW),
              l2,
              // an older version of L2 arriving late changes nothing
              revenue("L2", a, "2025-12-15", "Licences", "1", "1", "USD", NOW.minusSeconds(60)),
              revenue("L3", a, "2025-03-01", "Support", "500", "100", "USD", NOW),
              revenue("L4", a, "2024-01-01", "Hardware", "9999", "9999", "USD", NOW), // > 24 months
              revenue("L5", a, "2026-02-01", "Support", "200", null, "EUR", NOW),
              revenue("L6", a, "2026-07-15", "Support", "777", "7", "USD", NOW), // after asOf
              revenue("L7", p + "-B", "2026-01-10", "Training", "100", "10", "USD", NOW),
              revenue("L8", a, "2026-05-01", "Support", "50", "5", "USD", NOW),
              deleted(revenue("L8", a, "2026-05-01", "Support", "50", "5", "USD", NOW)),
              opportunity("O1", a, "2026-01-01", "2026-03-01", true, true, "1000", null),
              opportunity("O2", a, "2026-02-01", "2026-04-02", true, true, "2000", null),
              opportunity("O3", a, "2026-01-15", "2026-05-01", true, false, "700", "Price"),
              opportunity("O4", a, "2026-03-01", "2026-09-30", false, false, "2500", null),
              opportunity(
                  "O5", a, "2026-05-01", "2026-08-01", true, true, "900", null), // after asOf
              activity("T1", a, "Call", "2026-06-20"),
              activity("T2", a, "Call", "2026-05-10"),
              activity("T3", a, "Meeting", "2026-04-15"),
              activity("T4", a, "Email", "2026-03-01"), // before the 90 days
              lead("D1", p + "-Web", false),
              lead("D2", p + "-Web", true),
              lead("D3", p + "-Web", false),
              lead("D4", p + "-Event", true));
      for (DomainEvent event : events) {
        send(producer, event);
      }
      send(producer, l2); // a duplicate delivery: counted once
    }

    JsonPath features = awaitFeatures(a, LocalDate.of(2026, 6, 30));

    // USD: 12 months 1000 + 3000; 24 months + 500; margins 400 + 1800, + 100; CLV 2200 × 0.85 /
    // 0.25
    assertThat(features.getList("revenue.currency")).containsExactly("EUR", "USD");
    assertThat(features.getString("revenue[1].trailing12Months")).isEqualTo("4000.0");
    assertThat(features.getString("revenue[1].trailing24Months")).isEqualTo("4500.0");
    assertThat(features.getString("revenue[1].margin12Months")).isEqualTo("2200.0");
    assertThat(features.getString("revenue[1].margin24Months")).isEqualTo("2300.0");
    assertThat(features.getString("revenue[1].lifetimeValue")).isEqualTo("7480.0");
    // EUR: one line without margin
    assertThat(features.getString("revenue[0].trailing12Months")).isEqualTo("200.0");
    assertThat(features.getString("revenue[0].margin12Months")).isNull();
    assertThat(features.getString("revenue[0].lifetimeValue")).isNull();
    // O1, O2 won, O3 lost (O5 closes after asOf): 2 / 3; cycles 59 and 60 days
    assertThat(features.getLong("closedOpportunities")).isEqualTo(3);
    assertThat(features.getLong("wonOpportunities")).isEqualTo(2);
    assertThat(features.getDouble("winRate")).isCloseTo(2 / 3.0, offset(1e-6));
    assertThat(features.getDouble("averageSalesCycleDays")).isEqualTo(59.5);
    assertThat(features.getMap("lossReasons")).isEqualTo(Map.of("Price", 1));
    assertThat(features.getMap("openPipeline")).isEqualTo(Map.of("USD", 2500.0f));
    // bought Licences and Support; Training was bought by B only
    assertThat(features.getList("products.bought")).containsExactly("Licences", "Support");
    assertThat(features.getList("products.whiteSpace")).containsExactly("Training");
    assertThat(features.getDouble("products.share")).isCloseTo(2 / 3.0, offset(1e-6));
    assertThat(features.getMap("activities")).isEqualTo(Map.of("Call", 2, "Meeting", 1));

    JsonPath conversion =
        given().get("/api/v1/features/lead-conversion").then().extract().jsonPath();
    assertThat(conversion.getList("findAll { it.leadSource.startsWith('" + p + "') }.leadSource"))
        .containsExactly(p + "-Event", p + "-Web");
    assertThat(conversion.getDouble("find { it.leadSource == '" + p + "-Web' }.rate"))
        .isCloseTo(1 / 3.0, offset(1e-6));
  }

  @Test
  void winRateCycleAndLossReasonsAreGroupedByTheAccountsSector() throws Exception {
    String a = p + "-S";
    try (KafkaProducer<String, String> producer = RealInfrastructure.kafkaProducer()) {
      // sector 99 is this test's own: no other test's account has it
      producer
          .send(
              new ProducerRecord<>(
                  Topics.ACCOUNTS,
                  a,
                  json.writeValueAsString(
                      TestAccounts.upsert(a)
                          .occurredAt(NOW)
                          .name("Sector 99")
                          .naics("999990")
                          .employees(10)
                          .build())))
          .get();
      send(producer, opportunity("W1", a, "2026-01-01", "2026-01-31", true, true, "100", null));
      send(producer, opportunity("W2", a, "2026-02-01", "2026-02-11", true, true, "100", null));
      send(producer, opportunity("X1", a, "2026-01-01", "2026-03-01", true, false, "9", "Price"));
      send(producer, opportunity("X2", a, "2026-01-01", "2026-03-02", true, false, "9", "Price"));
      send(producer, opportunity("X3", a, "2026-01-01", "2026-03-03", true, false, "9", null));
      send(producer, opportunity("X4", a, "2026-01-01", "2026-09-01", true, false, "9", "Late"));
    }

    // X4 closes after asOf; W1 and W2 took 30 and 10 days
    JsonPath sector = null;
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      sector =
          given()
              .queryParam("groupBy", "sector")
              .queryParam("asOf", "2026-06-30")
              .get("/api/v1/features/win-loss")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      Integer closed = sector.get("find { it.key == '99' }.closed");
      if (closed != null && closed == 5) {
        break;
      }
      Thread.sleep(200);
    }
    assertThat(sector.getInt("find { it.key == '99' }.won")).isEqualTo(2);
    assertThat(sector.getDouble("find { it.key == '99' }.winRate")).isCloseTo(0.4, offset(1e-9));
    assertThat(sector.getDouble("find { it.key == '99' }.averageSalesCycleDays")).isEqualTo(20.0);
    assertThat(sector.getMap("find { it.key == '99' }.lossReasons"))
        .isEqualTo(Map.of("Price", 2, "unspecified", 1));
    given().queryParam("groupBy", "region").get("/api/v1/features/win-loss").then().statusCode(400);
  }

  @Test
  void theMarketAddsUpItsFirmographicCounts() throws Exception {
    try (KafkaProducer<String, String> producer = RealInfrastructure.kafkaProducer()) {
      for (MarketEvent count :
          List.of(
              firmographics(p + "-1", "5112", 40, 800L, "400000000"), // 1,200,000
              firmographics(p + "-1", "2361", 10, 50L, null), // 17,500
              firmographics(p + "-2", "5112", 2, null, "20000000"))) { // 2 × 30,000
        producer
            .send(
                new ProducerRecord<>(
                    Topics.MARKET, count.marketRecordId(), json.writeValueAsString(count)))
            .get();
      }
    }
    String first = "US:" + p + "-1";
    String second = "US:" + p + "-2";
    JsonPath market = null;
    for (long deadline = System.currentTimeMillis() + 30_000;
        System.currentTimeMillis() < deadline; ) {
      market =
          given()
              .queryParam("groupBy", "postalCode")
              .queryParam("country", "US")
              .get("/api/v1/market")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      if (market.getList("findAll { it.key.contains('" + p + "') }").size() == 2
          && market.getLong("find { it.key == '" + first + "' }.companies") == 50) {
        break;
      }
      Thread.sleep(200);
    }

    assertThat(market.getString("find { it.key == '" + first + "' }.addressableMarket.USD"))
        .isEqualTo("1217500.0");
    assertThat(market.getString("find { it.key == '" + second + "' }.addressableMarket.USD"))
        .isEqualTo("60000.0");
    given().queryParam("groupBy", "county").get("/api/v1/market").then().statusCode(400);
  }

  @Test
  void aPlaceShowsItsCompetitorsAndGrowth() throws Exception {
    // Iceland: no other test of this module uses it, so its totals are this test's alone. Sent
    // under one key, the events are consumed in order: the last one seen means all were.
    try (KafkaProducer<String, String> producer = RealInfrastructure.kafkaProducer()) {
      for (MarketEvent event :
          List.of(
              firmographics("IS", "101", "5112", 40, 800L, "400000000"), // 1,200,000
              firmographics("IS", "101", "2361", 10, 50L, null), // 17,500
              firmographics("IS", "200", "5112", 2, null, "20000000"), // 2 × 30,000
              growth("G2", "IS", "2026", "3.5"),
              growth("G4", "IS:101", "2026", "9.0"),
              growth("G1", "IS", "2025", "2.0"), // an older period, later: not the latest
              growth("G5", "IS:101", "2025", "-1.0"),
              growth("G6", "IS:999", "2026", "7.0"), // a place without companies
              competitor("C1", "IS", "101"),
              competitor("C2", "IS", "101"),
              competitor("C3", "is", "200"),
              competitor("C4", "US", "101"), // another country's 101
              competitor("C5", "IS", "200"))) {
        producer
            .send(new ProducerRecord<>(Topics.MARKET, "IS", json.writeValueAsString(event)))
            .get();
      }
    }
    Eventually.until(() -> market("country", "IS").getLong("[0].competitors") == 4);

    JsonPath country = market("country", "IS");
    assertThat(country.getList("key")).containsExactly("IS");
    assertThat(country.getLong("[0].companies")).isEqualTo(52);
    assertThat(country.getString("[0].addressableMarket.USD")).isEqualTo("1277500.0");
    assertThat(country.getDouble("[0].competitorsPerThousandCompanies"))
        .isCloseTo(4 * 1000 / 52.0, offset(1e-4)); // JsonPath reads floats
    assertThat(country.getString("[0].growth.region")).isEqualTo("IS");
    assertThat(country.getString("[0].growth.period")).isEqualTo("2026");
    assertThat(country.getDouble("[0].growth.rate")).isEqualTo(3.5);

    JsonPath places = market("postalCode", "IS");
    assertThat(places.getList("key")).containsExactly("IS:101", "IS:200");
    assertThat(places.getLong("find { it.key == 'IS:101' }.competitors")).isEqualTo(2);
    assertThat(places.getDouble("find { it.key == 'IS:101' }.competitorsPerThousandCompanies"))
        .isCloseTo(40.0, offset(1e-9));
    assertThat(places.getDouble("find { it.key == 'IS:101' }.growth.rate")).isEqualTo(9.0);
    assertThat(places.getLong("find { it.key == 'IS:200' }.competitors")).isEqualTo(2);
    assertThat(places.getDouble("find { it.key == 'IS:200' }.competitorsPerThousandCompanies"))
        .isCloseTo(1000.0, offset(1e-9));
    // no indicator of its own: its country's
    assertThat(places.getString("find { it.key == 'IS:200' }.growth.region")).isEqualTo("IS");
    assertThat(places.getDouble("find { it.key == 'IS:200' }.growth.rate")).isEqualTo(3.5);

    JsonPath sectors = market("sector", "IS");
    assertThat(sectors.getList("key")).containsExactly("23", "51");
    assertThat(sectors.getList("competitors")).containsOnlyNulls();
    assertThat(sectors.getList("growth")).containsOnlyNulls();
  }

  private JsonPath market(String groupBy, String country) {
    return given()
        .queryParam("groupBy", groupBy)
        .queryParam("country", country)
        .get("/api/v1/market")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private MarketEvent competitor(String id, String country, String postalCode) {
    return MarketEvent.competitorLocation(
        NOW, p + id, "intel", country, postalCode, "Globex", "Globex " + id, 64.1, -21.9);
  }

  private MarketEvent growth(String id, String region, String period, String rate) {
    return MarketEvent.economicIndicator(
        NOW, p + id, "statice", region, "gdp_growth", period, new BigDecimal(rate), "percent");
  }

  private MarketEvent firmographics(
      String postalCode, String naics, int companies, Long employees, String revenue) {
    return firmographics("US", postalCode, naics, companies, employees, revenue);
  }

  private MarketEvent firmographics(
      String country,
      String postalCode,
      String naics,
      int companies,
      Long employees,
      String revenue) {
    return MarketEvent.firmographicCount(
        NOW,
        country + ":" + postalCode + ":" + naics,
        "census",
        country,
        postalCode,
        naics,
        companies,
        employees,
        revenue == null ? null : new BigDecimal(revenue),
        "USD",
        null,
        null);
  }

  /** Polls until every fact has arrived: the last ones sent are the leads. */
  private JsonPath awaitFeatures(String account, LocalDate asOf) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    while (true) {
      JsonPath features =
          given()
              .queryParam("asOf", asOf.toString())
              .get("/api/v1/features/accounts/{id}", account)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      JsonPath leads = given().get("/api/v1/features/lead-conversion").then().extract().jsonPath();
      boolean complete =
          features.getMap("activities").size() == 2
              && features.getLong("closedOpportunities") == 3
              && !features.getMap("openPipeline").isEmpty()
              && "2200.0".equals(features.getString("revenue[1].margin12Months"))
              && features.getList("products.whiteSpace").size() == 1
              && leads.getList("findAll { it.leadSource.startsWith('" + p + "') }").size() == 2;
      if (complete || System.currentTimeMillis() > deadline) {
        return features;
      }
      Thread.sleep(200);
    }
  }

  private void send(KafkaProducer<String, String> producer, DomainEvent event) throws Exception {
    String topic =
        event instanceof RevenueEvent
            ? Topics.REVENUE
            : event instanceof OpportunityEvent
                ? Topics.OPPORTUNITIES
                : event instanceof ActivityEvent ? Topics.ACTIVITIES : Topics.LEADS;
    producer
        .send(new ProducerRecord<>(topic, event.aggregateId(), json.writeValueAsString(event)))
        .get();
  }

  private RevenueEvent revenue(
      String id,
      String account,
      String date,
      String product,
      String amount,
      String margin,
      String currency,
      Instant at) {
    return new RevenueEvent(
        UUID.randomUUID(),
        RevenueEvent.UPSERTED,
        at,
        1,
        p + id,
        account,
        "erp",
        LocalDate.parse(date),
        product,
        new BigDecimal(amount),
        null,
        margin == null ? null : new BigDecimal(margin),
        currency);
  }

  private static RevenueEvent deleted(RevenueEvent line) {
    return new RevenueEvent(
        UUID.randomUUID(),
        RevenueEvent.DELETED,
        line.occurredAt().plusSeconds(1),
        1,
        line.revenueLineId(),
        line.accountId(),
        line.source(),
        line.date(),
        line.productLine(),
        line.amount(),
        line.cost(),
        line.margin(),
        line.currency());
  }

  private OpportunityEvent opportunity(
      String id,
      String account,
      String created,
      String closeDate,
      boolean closed,
      boolean won,
      String amount,
      String lossReason) {
    return new OpportunityEvent(
        UUID.randomUUID(),
        OpportunityEvent.UPSERTED,
        NOW,
        1,
        p + id,
        account,
        won ? "Closed Won" : closed ? "Closed Lost" : "Proposal",
        new BigDecimal(amount),
        "USD",
        LocalDate.parse(closeDate),
        closed,
        won,
        LocalDate.parse(created),
        null,
        null,
        lossReason);
  }

  private ActivityEvent activity(String id, String account, String type, String date) {
    return new ActivityEvent(
        UUID.randomUUID(),
        ActivityEvent.UPSERTED,
        NOW,
        1,
        p + id,
        account,
        "crm",
        type,
        LocalDate.parse(date),
        null,
        null,
        null);
  }

  private LeadEvent lead(String id, String source, boolean converted) {
    return new LeadEvent(
        UUID.randomUUID(),
        LeadEvent.UPSERTED,
        NOW,
        1,
        p + id,
        "crm",
        "Company " + id,
        source,
        null,
        converted,
        null,
        LocalDate.of(2026, 1, 1),
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
