package com.territoryplanner.kpi.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.territoryplanner.contracts.OpportunityEvent;
import com.territoryplanner.contracts.Topics;
import com.territoryplanner.testsupport.PublishedEvents;
import com.territoryplanner.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Opportunity KPIs by group and period, against hand-computed figures; the crediting rule across a
 * reassignment; a poisoned event in a batch. Each test has its own accounts and territories.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class OpportunityKpiFlowTest extends EventFedTest {

  @Test
  void aDealStaysWithTheOwnerAtItsCloseWhenTheAccountMovesLater() {
    UUID west = UUID.randomUUID();
    UUID east = UUID.randomUUID();
    String account = prefix + "moving";
    feed.send(
        Topics.ASSIGNMENTS, EventFeed.assign(account, west, prefix + "West", date("2026-01-01")));
    feed.send(Topics.OPPORTUNITIES, won("q1", account, "500", "2026-02-01", "2026-03-31"));
    // from April the account is East's: the March deal stays West's, April's and the open one go
    // East
    feed.send(
        Topics.ASSIGNMENTS, EventFeed.assign(account, east, prefix + "East", date("2026-04-01")));
    feed.send(Topics.OPPORTUNITIES, won("q2", account, "70", "2026-04-01", "2026-04-15"));
    feed.send(
        Topics.OPPORTUNITIES,
        EventFeed.opportunity(
            prefix + "open",
            account,
            "900",
            "USD",
            date("2026-05-01"),
            date("2026-12-01"),
            false,
            false));

    awaitRows(
        Map.of("groupBy", "territory", "period", "year", "from", "2026-01-01", "to", "2026-12-31"),
        rows ->
            Objects.equals(figureOf(rows, west, "bookings"), 500.0f)
                && Objects.equals(figureOf(rows, east, "bookings"), 70.0f)
                && Objects.equals(figureOf(rows, east, "pipeline"), 900.0f));
    JsonPath rows =
        query(
            Map.of(
                "groupBy",
                "territory",
                "period",
                "year",
                "from",
                "2026-01-01",
                "to",
                "2026-12-31"));
    assertThat(((Number) figureOf(rows, west, "pipeline")).doubleValue()).isZero();
    assertThat(
            rows.getString("find { it.group.territoryId == '" + east + "' }.group.territoryName"))
        .isEqualTo(prefix + "East");
  }

  @Test
  void figuresPerQuarterAndForTheWholeRangeMatchTheirFormulas() {
    UUID north = UUID.randomUUID();
    String account = prefix + "north";
    feed.send(
        Topics.ASSIGNMENTS, EventFeed.assign(account, north, prefix + "North", date("2026-01-01")));
    feed.send(Topics.OPPORTUNITIES, won("w1", account, "1000", "2026-01-01", "2026-01-31"));
    feed.send(Topics.OPPORTUNITIES, won("w2", account, "2000", "2026-02-01", "2026-04-01"));
    feed.send(
        Topics.OPPORTUNITIES,
        EventFeed.opportunity(
            prefix + "l1",
            account,
            "500",
            "USD",
            date("2026-01-10"),
            date("2026-02-15"),
            true,
            false));
    feed.send(
        Topics.OPPORTUNITIES,
        EventFeed.opportunity(
            prefix + "p1",
            account,
            "4000",
            "USD",
            date("2026-03-01"),
            date("2026-05-20"),
            false,
            false));
    // outside the range: not counted
    feed.send(Topics.OPPORTUNITIES, won("late", account, "9", "2026-06-01", "2026-07-01"));

    Map<String, String> quarters =
        Map.of(
            "groupBy", "territory",
            "period", "quarter",
            "from", "2026-01-01",
            "to", "2026-06-30",
            "territoryId", north.toString());
    awaitRows(quarters, rows -> rows.getList("$").size() == 2 && openDeals(rows, "2026-Q2") == 1);
    JsonPath rows = query(quarters);
    // Q1: won 1000 after 30 days, lost 500; nothing open
    assertThat(rows.getMap("find { it.period == '2026-Q1' }.kpis"))
        .containsEntry("bookings", 1000.0f)
        .containsEntry("wonDeals", 1)
        .containsEntry("lostDeals", 1)
        .containsEntry("winRate", 0.5f)
        .containsEntry("averageDealSize", 1000.0f)
        .containsEntry("averageCycleDays", 30.0f)
        .containsEntry("openDeals", 0)
        .containsEntry("salesVelocityPerDay", 0.0f);
    // Q2: won 2000 after 59 days; 4000 open: velocity 1 x 1.0 x 2000 / 59 = 33.90 per day
    assertThat(rows.getMap("find { it.period == '2026-Q2' }.kpis"))
        .containsEntry("bookings", 2000.0f)
        .containsEntry("winRate", 1.0f)
        .containsEntry("averageCycleDays", 59.0f)
        .containsEntry("pipeline", 4000.0f)
        .containsEntry("salesVelocityPerDay", 33.9f);
    assertThat(rows.getString("[0].group.territoryName")).isEqualTo(prefix + "North");

    // the range: 3000 from 2 won of 3 closed; cycle (30 + 59) / 2 = 44.5 days;
    // velocity 1 x 2/3 x 1500 / 44.5 = 22.47
    JsonPath range =
        query(
            Map.of(
                "period", "range",
                "from", "2026-01-01",
                "to", "2026-06-30",
                "territoryId", north.toString()));
    assertThat(range.getList("$")).hasSize(1);
    assertThat(range.getString("[0].period")).isEqualTo("2026-01-01..2026-06-30");
    assertThat(range.getMap("[0].kpis"))
        .containsEntry("bookings", 3000.0f)
        .containsEntry("averageDealSize", 1500.0f)
        .containsEntry("averageCycleDays", 44.5f)
        .containsEntry("salesVelocityPerDay", 22.47f);
    assertThat(range.getDouble("[0].kpis.winRate")).isEqualTo(2.0 / 3, within());
  }

  @Test
  void figuresGroupBySegmentAndRep() {
    UUID south = UUID.randomUUID();
    String account = prefix + "south";
    String segment = "All / " + prefix + "Software";
    feed.send(
        Topics.ASSIGNMENTS, EventFeed.assign(account, south, prefix + "South", date("2026-01-01")));
    feed.send(Topics.SEGMENTS, EventFeed.segment(account, segment, "1000", "USD"));
    feed.send(Topics.OPPORTUNITIES, won("s1", account, "300", "2026-01-01", "2026-02-01"));
    feed.send(Topics.OPPORTUNITIES, won("s2", account, "200", "2026-01-01", "2026-08-01"));

    Map<String, String> bySegment =
        Map.of("groupBy", "segment", "period", "year", "from", "2026-01-01", "to", "2026-12-31");
    awaitRows(
        Map.of(
            "groupBy",
            "segment",
            "segment",
            segment,
            "period",
            "year",
            "from",
            "2026-01-01",
            "to",
            "2026-12-31"),
        rows -> rows.getList("$").size() == 1 && rows.getInt("[0].kpis.wonDeals") == 2);
    JsonPath rows = query(bySegment);
    assertThat(rows.getFloat("find { it.group.segment == '" + segment + "' }.kpis.bookings"))
        .isEqualTo(500.0f);

    UUID rep = UUID.nameUUIDFromBytes((prefix + "South").getBytes(StandardCharsets.UTF_8));
    JsonPath byRep =
        query(
            Map.of(
                "groupBy", "rep",
                "repId", rep.toString(),
                "period", "month",
                "from", "2026-01-01",
                "to", "2026-12-31"));
    assertThat(byRep.getList("period")).containsExactly("2026-02", "2026-08");
    assertThat(byRep.getList("group.repId")).containsOnly(rep.toString());
  }

  @Test
  void aPoisonedEventIsDeadLetteredAndTheRestOfItsBatchCounts() {
    UUID central = UUID.randomUUID();
    String account = prefix + "central";
    feed.send(
        Topics.ASSIGNMENTS,
        EventFeed.assign(account, central, prefix + "Central", date("2026-01-01")));
    feed.sendAsync(Topics.OPPORTUNITIES, won("g1", account, "10", "2026-01-01", "2026-03-01"));
    feed.sendRaw(Topics.OPPORTUNITIES, prefix + "unreadable", "{\"eventId\": not json");
    OpportunityEvent huge = won("huge", account, "1e20", "2026-01-01", "2026-03-01");
    feed.sendAsync(Topics.OPPORTUNITIES, huge);
    EventFeed.join(
        feed.sendAsync(Topics.OPPORTUNITIES, won("g2", account, "5", "2026-01-01", "2026-03-02")));

    awaitRows(
        Map.of(
            "territoryId",
            central.toString(),
            "period",
            "year",
            "from",
            "2026-01-01",
            "to",
            "2026-12-31"),
        rows -> rows.getList("$").size() == 1 && rows.getInt("[0].kpis.wonDeals") == 2);
    assertThat(
            query(
                    Map.of(
                        "territoryId",
                        central.toString(),
                        "from",
                        "2026-01-01",
                        "to",
                        "2026-12-31"))
                .getFloat("[0].kpis.bookings"))
        .isEqualTo(15.0f);
    List<ConsumerRecord<String, String>> deadLetters =
        PublishedEvents.await(
            RealInfrastructure.kafkaBootstrapServers(),
            "dead-letter-topic-opportunities",
            key -> key != null && key.startsWith(prefix),
            2,
            TIMEOUT);
    assertThat(deadLetters)
        .extracting(ConsumerRecord::key)
        .containsExactlyInAnyOrder(prefix + "unreadable", huge.opportunityId());
    assertThat(
            new String(
                deadLetters.stream()
                    .filter(r -> r.key().equals(huge.opportunityId()))
                    .findFirst()
                    .orElseThrow()
                    .headers()
                    .lastHeader("dead-letter-reason")
                    .value(),
                StandardCharsets.UTF_8))
        .contains("amount");
  }

  @Test
  void badParametersAreAllNamedAtOnce() {
    given()
        .queryParam("groupBy", "planet")
        .queryParam("period", "fortnight")
        .queryParam("from", "2026-13-01")
        .queryParam("territoryId", "not-a-uuid")
        .get("/api/v1/kpis/opportunities")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("groupBy", "period", "from", "territoryId"));
    given()
        .queryParam("from", "2026-06-01")
        .queryParam("to", "2026-01-01")
        .get("/api/v1/kpis/opportunities")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("to"));
  }

  private OpportunityEvent won(
      String id, String account, String amount, String created, String closed) {
    return EventFeed.opportunity(
        prefix + id, account, amount, "USD", date(created), date(closed), true, true);
  }

  private static JsonPath query(Map<String, String> parameters) {
    return given()
        .queryParams(parameters)
        .get("/api/v1/kpis/opportunities")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static void awaitRows(Map<String, String> parameters, Predicate<JsonPath> expected) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    JsonPath rows = query(parameters);
    while (!expected.test(rows)) {
      assertThat(System.nanoTime()).as("rows: %s", rows.prettify()).isLessThan(deadline);
      pause();
      rows = query(parameters);
    }
  }

  private static Object figureOf(JsonPath rows, UUID territory, String figure) {
    return rows.get("find { it.group.territoryId == '" + territory + "' }.kpis." + figure);
  }

  private static int openDeals(JsonPath rows, String period) {
    Integer open = rows.get("find { it.period == '" + period + "' }.kpis.openDeals");
    return open == null ? 0 : open;
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-6);
  }
}
