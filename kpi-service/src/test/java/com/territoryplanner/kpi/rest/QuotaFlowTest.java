package com.territoryplanner.kpi.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

import com.territoryplanner.contracts.Topics;
import com.territoryplanner.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Quotas spread from a company target by potential share and seasonality, edited by hand, and
 * attainment against bookings; every figure hand-computed. Each test has its own plan.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class QuotaFlowTest extends EventFedTest {

  private final UUID plan = UUID.randomUUID();

  @Test
  void aTargetIsSpreadByPotentialShareAndSeasonalityAndAnEditedQuotaStands() {
    UUID east = UUID.randomUUID();
    UUID west = UUID.randomUUID();
    assign("a1", east, "East");
    assign("a2", east, "East");
    assign("a3", west, "West");
    assign("a4", west, "West");
    feed.send(Topics.SEGMENTS, EventFeed.segment(prefix + "a1", "All", "250", "USD"));
    feed.send(Topics.SEGMENTS, EventFeed.segment(prefix + "a2", "All", "350", "USD"));
    feed.send(Topics.SEGMENTS, EventFeed.segment(prefix + "a3", "All", "400", "USD"));
    // potential in another currency is never added to USD
    feed.send(Topics.SEGMENTS, EventFeed.segment(prefix + "a4", "All", "5000", "EUR"));

    // East 600 and West 400 of 1000: 60 % and 40 % of 1,000,000; quarters weigh 1:1:1:2, so a
    // month is 1/15 of the year and one of the fourth quarter 2/15
    String target = "{\"amount\":1000000,\"currency\":\"USD\",\"seasonality\":[1,1,1,2]}";
    JsonPath quotas =
        await(
            () -> putTarget(2027, target),
            q ->
                q.getFloat(territory(west) + ".potential") == 400f
                    && q.getFloat(territory(east) + ".potential") == 600f);
    assertThat(quotas.getDouble(territory(east) + ".potentialShare")).isEqualTo(0.6);
    assertThat(quotas.getInt(territory(east) + ".accounts")).isEqualTo(2);
    assertThat(quotas.getFloat(territory(east) + ".annual")).isEqualTo(600000f);
    assertThat(months(quotas, east))
        .containsExactly(
            "40000", "40000", "40000", "40000", "40000", "40000", "40000", "40000", "40000",
            "80000", "80000", "80000");
    assertThat(quotas.getFloat(territory(west) + ".annual")).isEqualTo(400000f);
    assertThat(quotas.getFloat("assigned")).isEqualTo(1000000f);
    assertThat(quotas.getString(territory(west) + ".territoryName")).isEqualTo(prefix + "West");

    // West by hand: 500,000 over 15 weights leaves 5 cents, to the largest remainders: the three
    // fourth-quarter months (.666..) and then January and February (.333.., earliest first)
    JsonPath edited =
        given()
            .contentType("application/json")
            .body("{\"amount\":500000}")
            .put(path(2027) + "/territories/" + west)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(edited.getBoolean(territory(west) + ".edited")).isTrue();
    assertThat(months(edited, west))
        .containsExactly(
            "33333.34",
            "33333.34",
            "33333.33",
            "33333.33",
            "33333.33",
            "33333.33",
            "33333.33",
            "33333.33",
            "33333.33",
            "66666.67",
            "66666.67",
            "66666.67");
    assertThat(edited.getFloat("assigned")).isEqualTo(1100000f);
    assertThat(edited.getFloat(territory(east) + ".annual")).isEqualTo(600000f);

    // the target again: West's quota stands, East takes the rest
    JsonPath respread = putTarget(2027, target);
    assertThat(respread.getFloat(territory(west) + ".annual")).isEqualTo(500000f);
    assertThat(respread.getFloat(territory(east) + ".annual")).isEqualTo(500000f);
    assertThat(respread.getFloat("assigned")).isEqualTo(1000000f);
    assertThat(
            given().get(path(2027)).then().statusCode(200).extract().jsonPath().getFloat("target"))
        .isEqualTo(1000000f);
  }

  @Test
  void attainmentIsBookingsCreditedToTheTerritoryOverItsQuota() {
    UUID north = UUID.randomUUID();
    assign("n1", north, "North");
    feed.send(Topics.SEGMENTS, EventFeed.segment(prefix + "n1", "All", "100", "USD"));
    feed.send(Topics.OPPORTUNITIES, won("jan", "5000", "USD", "2026-01-15"));
    feed.send(Topics.OPPORTUNITIES, won("feb", "25000", "USD", "2026-02-20"));
    // not counted: another currency, another year
    feed.send(Topics.OPPORTUNITIES, won("eur", "999", "EUR", "2026-01-20"));
    feed.send(Topics.OPPORTUNITIES, won("next", "7000", "USD", "2027-01-10"));
    await(
        () -> putTarget(2026, "{\"amount\":120000,\"currency\":\"USD\"}"),
        q -> q.getInt(territory(north) + ".accounts") == 1);

    // a flat 120,000 is 10,000 a month; Q1 quota 30,000 against 5,000 + 25,000 booked
    JsonPath quarters =
        await(
            () -> attainment(2026, "quarter"),
            rows -> rows.getFloat(row(north, "2026-Q1") + ".bookings") == 30000f);
    assertThat(quarters.getFloat(row(north, "2026-Q1") + ".quota")).isEqualTo(30000f);
    assertThat(quarters.getDouble(row(north, "2026-Q1") + ".attainment")).isEqualTo(1.0);
    assertThat(quarters.getDouble(row(north, "2026-Q2") + ".attainment")).isEqualTo(0.0);
    assertThat(quarters.getString(row(north, "2026-Q2") + ".periodEnd")).isEqualTo("2026-06-30");
    // the plan's total: one territory, so the same
    assertThat(
            quarters.getDouble(
                "find { it.territoryId == null && it.period == '2026-Q1' }" + ".attainment"))
        .isEqualTo(1.0);

    JsonPath months = attainment(2026, "month");
    assertThat(months.getDouble(row(north, "2026-01") + ".attainment")).isEqualTo(0.5);
    assertThat(months.getDouble(row(north, "2026-02") + ".attainment")).isEqualTo(2.5);
    assertThat(attainment(2026, "year").getDouble(row(north, "2026") + ".attainment"))
        .isEqualTo(0.25);

    // balance health reads this year's attainment from January through this month: the same
    // quota and bookings as the monthly attainment rows up to now
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    putTarget(today.getYear(), "{\"amount\":120000,\"currency\":\"USD\"}");
    feed.send(Topics.OPPORTUNITIES, won("ytd", "6000", "USD", today.withDayOfMonth(1).toString()));
    JsonPath thisYear =
        await(
            () -> attainment(today.getYear(), "month"),
            rows ->
                rows.getFloat(row(north, today.toString().substring(0, 7)) + ".bookings") >= 6000f);
    double quota = 0;
    double booked = 0;
    for (int month = 1; month <= today.getMonthValue(); month++) {
      String key = row(north, String.format("%d-%02d", today.getYear(), month));
      quota += thisYear.getDouble(key + ".quota");
      booked += thisYear.getDouble(key + ".bookings");
    }
    assertThat(
            given()
                .get("/api/v1/plans/" + plan + "/health/current")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getDouble("territories[0].attainment"))
        .isCloseTo(booked / quota, org.assertj.core.data.Offset.offset(1e-4));
  }

  @Test
  void badTargetsAndQueriesAreNamedAndUnknownPlansAreNotFound() {
    assign("b1", UUID.randomUUID(), "B");
    given()
        .contentType("application/json")
        .body("{\"amount\":-1,\"currency\":\"usd\",\"seasonality\":[1,2,3]}")
        .put(path(2027))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("amount", "currency", "seasonality"));
    given()
        .contentType("application/json")
        .body("{\"amount\":10,\"currency\":\"USD\"}")
        .put(path(1900))
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("year"));
    given()
        .contentType("application/json")
        .body("{\"amount\":10,\"currency\":\"USD\"}")
        .put("/api/v1/plans/" + UUID.randomUUID() + "/quotas/2027")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().get(path(2031)).then().statusCode(404);
    given()
        .queryParam("period", "week")
        .get(path(2031) + "/attainment")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("period"));
  }

  private void assign(String account, UUID territory, String name) {
    feed.send(
        Topics.ASSIGNMENTS,
        EventFeed.assignIn(
            plan, prefix + account, territory, prefix + name, LocalDate.parse("2026-01-01")));
  }

  private com.territoryplanner.contracts.OpportunityEvent won(
      String id, String amount, String currency, String closed) {
    LocalDate close = LocalDate.parse(closed);
    return EventFeed.opportunity(
        prefix + id, prefix + "n1", amount, currency, close.minusDays(10), close, true, true);
  }

  private String path(int year) {
    return "/api/v1/plans/" + plan + "/quotas/" + year;
  }

  private JsonPath putTarget(int year, String body) {
    return given()
        .contentType("application/json")
        .body(body)
        .put(path(year))
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private JsonPath attainment(int year, String period) {
    return given()
        .queryParam("period", period)
        .get(path(year) + "/attainment")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** A territory's monthly quotas as exact decimals (JSON numbers read as BigDecimal). */
  private static List<String> months(JsonPath quotas, UUID territory) {
    return quotas
        .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
        .getList(territory(territory) + ".months", BigDecimal.class)
        .stream()
        .map(month -> month.stripTrailingZeros().toPlainString())
        .toList();
  }

  private static String territory(UUID id) {
    return "territories.find { it.territoryId == '" + id + "' }";
  }

  private static String row(UUID territory, String period) {
    return "find { it.territoryId == '" + territory + "' && it.period == '" + period + "' }";
  }
}
