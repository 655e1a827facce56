package com.territoryplanner.kpi.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

import com.territoryplanner.contracts.RevenueEvent;
import com.territoryplanner.contracts.Topics;
import com.territoryplanner.testsupport.PublishedEvents;
import com.territoryplanner.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Revenue, activity, lead, acquisition and penetration KPIs from their events, against
 * hand-computed figures. Each test has its own accounts and territories, and the company-wide
 * figures their own years.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ActivityKpiFlowTest extends EventFedTest {

  @Test
  void revenueAndActivitiesCountForTheAccountsOwnerOnTheirDate() {
    UUID west = UUID.randomUUID();
    UUID east = UUID.randomUUID();
    String account = prefix + "r1";
    // West's until April 2030, East's from then
    feed.send(
        Topics.ASSIGNMENTS, EventFeed.assign(account, west, prefix + "West", date("2030-01-01")));
    feed.send(
        Topics.ASSIGNMENTS, EventFeed.assign(account, east, prefix + "East", date("2030-04-01")));
    RevenueEvent first =
        EventFeed.revenue(prefix + "L1", account, date("2030-02-10"), "1000", "400", "USD");
    feed.send(Topics.REVENUE, first);
    feed.send(Topics.REVENUE, first); // redelivered: once
    // a credit note without a margin: in the revenue, not in the margin rate
    feed.send(
        Topics.REVENUE,
        EventFeed.revenue(prefix + "L2", account, date("2030-03-05"), "-200", null, "USD"));
    feed.send(
        Topics.REVENUE,
        EventFeed.revenue(prefix + "L3", account, date("2030-05-01"), "500", "100", "USD"));
    RevenueEvent euros =
        EventFeed.revenue(prefix + "L4", account, date("2030-02-01"), "300", null, "EUR");
    feed.send(Topics.REVENUE, euros);
    feed.send(Topics.REVENUE, deleted(euros));

    feed.send(
        Topics.ACTIVITIES,
        EventFeed.activity(prefix + "A1", account, "Call", date("2030-02-01"), 30));
    feed.send(
        Topics.ACTIVITIES,
        EventFeed.activity(prefix + "A2", account, "Meeting", date("2030-02-15"), 60));
    feed.send(
        Topics.ACTIVITIES,
        EventFeed.activity(prefix + "A3", account, "Call", date("2030-05-02"), null));
    feed.send(
        Topics.ACTIVITIES,
        EventFeed.activity(prefix + "A4", account, null, date("2030-05-03"), 15));

    // West, Q1 2030: 1000 - 200 = 800 from 2 lines; margin 400 on the 1000 that has one
    Map<String, String> west2030 =
        Map.of(
            "groupBy",
            "territory",
            "territoryId",
            west.toString(),
            "from",
            "2030-01-01",
            "to",
            "2030-12-31");
    JsonPath westRevenue =
        await(
            () -> series("revenue", west2030),
            rows -> rows.getList("$").size() == 1 && rows.getInt("[0].kpis.lines") == 2);
    assertThat(westRevenue.getString("[0].period")).isEqualTo("2030-Q1");
    assertThat(westRevenue.getString("[0].currency")).isEqualTo("USD");
    assertThat(westRevenue.getFloat("[0].kpis.revenue")).isEqualTo(800f);
    assertThat(westRevenue.getFloat("[0].kpis.margin")).isEqualTo(400f);
    assertThat(westRevenue.getDouble("[0].kpis.marginRate")).isEqualTo(0.4);
    assertThat(westRevenue.getString("[0].group.territoryName")).isEqualTo(prefix + "West");
    JsonPath eastRevenue =
        await(
            () ->
                series(
                    "revenue",
                    Map.of(
                        "groupBy",
                        "territory",
                        "territoryId",
                        east.toString(),
                        "from",
                        "2030-01-01",
                        "to",
                        "2030-12-31")),
            rows -> rows.getList("$").size() == 1);
    assertThat(eastRevenue.getString("[0].period")).isEqualTo("2030-Q2");
    assertThat(eastRevenue.getDouble("[0].kpis.marginRate")).isEqualTo(0.2);

    JsonPath westActivities =
        await(
            () -> series("activities", west2030), rows -> rows.getInt("[0].kpis.activities") == 2);
    assertThat(westActivities.getInt("[0].kpis.minutes")).isEqualTo(90);
    assertThat(westActivities.getMap("[0].kpis.byType")).isEqualTo(Map.of("Call", 1, "Meeting", 1));
    JsonPath eastActivities =
        await(
            () ->
                series(
                    "activities",
                    Map.of(
                        "groupBy",
                        "territory",
                        "territoryId",
                        east.toString(),
                        "from",
                        "2030-01-01",
                        "to",
                        "2030-12-31")),
            rows -> rows.getInt("[0].kpis.activities") == 2);
    assertThat(eastActivities.getInt("[0].kpis.minutes")).isEqualTo(15);
    assertThat(eastActivities.getMap("[0].kpis.byType"))
        .isEqualTo(Map.of("Call", 1, "unspecified", 1));
  }

  @Test
  void leadFlowPerSourceAndPerTerritoryOfTheConvertedLeads() {
    UUID west = UUID.randomUUID();
    String account = prefix + "r2";
    feed.send(
        Topics.ASSIGNMENTS, EventFeed.assign(account, west, prefix + "West", date("2029-01-01")));
    String webinar = prefix + "Webinar";
    String referral = prefix + "Referral";
    feed.send(Topics.LEADS, EventFeed.lead(prefix + "L1", webinar, date("2030-01-10"), account));
    feed.send(Topics.LEADS, EventFeed.lead(prefix + "L2", webinar, date("2030-01-20"), null));
    feed.send(Topics.LEADS, EventFeed.lead(prefix + "L3", referral, date("2030-02-02"), account));

    // Webinar: 1 of 2 converted; Referral: 1 of 1
    Map<String, String> bySource =
        Map.of(
            "groupBy", "lead-source", "period", "year", "from", "2030-01-01", "to", "2030-12-31");
    String webinarRow = "find { it.group.leadSource == '" + webinar + "' }.kpis";
    JsonPath sources =
        await(
            () -> series("leads", bySource),
            rows ->
                Objects.equals(rows.get(webinarRow + ".created"), 2)
                    && rows.get("find { it.group.leadSource == '" + referral + "' }") != null);
    assertThat(sources.getInt(webinarRow + ".converted")).isEqualTo(1);
    assertThat(sources.getDouble(webinarRow + ".conversionRate")).isEqualTo(0.5);
    assertThat(
            sources.getDouble(
                "find { it.group.leadSource == '" + referral + "' }.kpis.conversionRate"))
        .isEqualTo(1.0);

    // West has the two converted leads (the open one belongs to no territory yet), once the
    // assignment, which comes on another topic, is in
    Map<String, String> byTerritory =
        Map.of(
            "groupBy",
            "territory",
            "territoryId",
            west.toString(),
            "period",
            "year",
            "from",
            "2030-01-01",
            "to",
            "2030-12-31");
    JsonPath territory =
        await(() -> series("leads", byTerritory), rows -> rows.get("[0].kpis") != null);
    assertThat(territory.getInt("[0].kpis.created")).isEqualTo(2);
    assertThat(territory.getInt("[0].kpis.converted")).isEqualTo(2);
  }

  @Test
  void acquisitionCostIsSpendPerNewCustomerAndSpendSpreadsOverItsDays() {
    // 2031 is this test's alone. 9,000 over Q1 (90 days, 100 a day) and 500 on 1 February
    feed.send(
        Topics.SPEND,
        EventFeed.spend(prefix + "S1", date("2031-01-01"), date("2031-03-31"), "9000", "USD"));
    feed.send(Topics.SPEND, EventFeed.spend(prefix + "S2", date("2031-02-01"), null, "500", "USD"));
    // new customers: c1 (first won 10 February) and c2 (20 March); c3 won before 2031
    feed.send(Topics.OPPORTUNITIES, won("o1", "c1", "2031-02-10"));
    feed.send(Topics.OPPORTUNITIES, won("o2", "c1", "2031-03-01"));
    feed.send(Topics.OPPORTUNITIES, won("o3", "c2", "2031-03-20"));
    feed.send(Topics.OPPORTUNITIES, won("o4", "c3", "2030-12-01"));
    feed.send(Topics.OPPORTUNITIES, won("o5", "c3", "2031-01-05"));
    // ends before it starts: dead-lettered, not counted
    feed.send(
        Topics.SPEND,
        EventFeed.spend(prefix + "bad", date("2031-02-01"), date("2031-01-01"), "1", "USD"));

    Map<String, String> months =
        Map.of("period", "month", "from", "2031-01-01", "to", "2031-03-31");
    JsonPath monthly =
        await(
            () -> series("acquisition", months),
            rows ->
                rows.getList("$").size() == 3
                    && rows.getInt("[2].kpis.newCustomers") == 1
                    && rows.getFloat("[1].kpis.spend") == 3300f);
    // January 3,100 and nobody new; February 2,800 + 500 for one; March 3,100 for one
    assertThat(monthly.getFloat("[0].kpis.spend")).isEqualTo(3100f);
    assertThat(monthly.getInt("[0].kpis.newCustomers")).isZero();
    assertThat(monthly.<Object>get("[0].kpis.customerAcquisitionCost")).isNull();
    assertThat(monthly.getFloat("[1].kpis.customerAcquisitionCost")).isEqualTo(3300f);
    assertThat(monthly.getFloat("[2].kpis.customerAcquisitionCost")).isEqualTo(3100f);
    // from 16 January: 16 days of January (1,600) + 3,300 + 3,100 = 8,000 for 2
    JsonPath range =
        series("acquisition", Map.of("period", "range", "from", "2031-01-16", "to", "2031-03-31"));
    assertThat(range.getFloat("[0].kpis.spend")).isEqualTo(8000f);
    assertThat(range.getFloat("[0].kpis.customerAcquisitionCost")).isEqualTo(4000f);
    assertThat(
            PublishedEvents.await(
                RealInfrastructure.kafkaBootstrapServers(),
                "dead-letter-topic-spend",
                key -> (prefix + "bad").equals(key),
                1,
                Duration.ofSeconds(30)))
        .extracting(ConsumerRecord::key)
        .containsExactly(prefix + "bad");

    given()
        .queryParam("groupBy", "territory")
        .get("/api/v1/kpis/acquisition")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("groupBy"));
  }

  @Test
  void penetrationIsRecentRevenueAgainstRevenuePlusPotential() {
    UUID north = UUID.randomUUID();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    feed.send(
        Topics.ASSIGNMENTS,
        EventFeed.assign(prefix + "p1", north, prefix + "North", date("2026-01-01")));
    feed.send(
        Topics.ASSIGNMENTS,
        EventFeed.assign(prefix + "p2", north, prefix + "North", date("2026-01-01")));
    feed.send(Topics.SEGMENTS, EventFeed.segment(prefix + "p1", "All", "300", "USD"));
    feed.send(Topics.SEGMENTS, EventFeed.segment(prefix + "p2", "All", "600", "USD"));
    // beyond what a potential can be: dead-lettered, the rest of its batch still counts
    feed.send(Topics.SEGMENTS, EventFeed.segment(prefix + "absurd", "All", "1e16", "USD"));
    feed.send(
        Topics.REVENUE,
        EventFeed.revenue(
            prefix + "recent", prefix + "p1", today.minusDays(30), "100", null, "USD"));
    // more than a year ago: not counted
    feed.send(
        Topics.REVENUE,
        EventFeed.revenue(prefix + "old", prefix + "p1", today.minusDays(400), "999", null, "USD"));

    // 100 / (100 + 900)
    String row = "find { it.group.territoryId == '" + north + "' }";
    JsonPath rows =
        await(
            () ->
                given()
                    .queryParam("groupBy", "territory")
                    .queryParam("currency", "USD")
                    .get("/api/v1/kpis/penetration")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath(),
            r ->
                Objects.equals(r.get(row + ".accounts"), 2)
                    && r.getFloat(row + ".revenue12Months") == 100f
                    && r.getFloat(row + ".potential") == 900f);
    assertThat(rows.getDouble(row + ".penetration")).isEqualTo(0.1);
    assertThat(rows.getString(row + ".group.territoryName")).isEqualTo(prefix + "North");
    assertThat(
            PublishedEvents.await(
                RealInfrastructure.kafkaBootstrapServers(),
                "dead-letter-topic-segments",
                key -> (prefix + "absurd").equals(key),
                1,
                Duration.ofSeconds(30)))
        .hasSize(1);

    given()
        .queryParam("groupBy", "lead-source")
        .get("/api/v1/kpis/penetration")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("groupBy", "currency"));
  }

  private com.territoryplanner.contracts.OpportunityEvent won(
      String id, String account, String closed) {
    LocalDate close = date(closed);
    return EventFeed.opportunity(
        prefix + id, prefix + account, "1000", "USD", close.minusDays(20), close, true, true);
  }

  private static RevenueEvent deleted(RevenueEvent line) {
    return new RevenueEvent(
        UUID.randomUUID(),
        RevenueEvent.DELETED,
        Instant.now(),
        line.schemaVersion(),
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

  private static JsonPath series(String kind, Map<String, String> parameters) {
    return given()
        .queryParams(parameters)
        .get("/api/v1/kpis/" + kind)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
