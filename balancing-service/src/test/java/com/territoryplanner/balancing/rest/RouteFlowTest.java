package com.territoryplanner.balancing.rest;

import static com.territoryplanner.balancing.rest.PlanningApi.await;
import static com.territoryplanner.balancing.rest.PlanningApi.createPlan;
import static com.territoryplanner.balancing.rest.PlanningApi.createRep;
import static com.territoryplanner.balancing.rest.PlanningApi.grid;
import static com.territoryplanner.balancing.rest.PlanningApi.send;
import static com.territoryplanner.balancing.rest.PlanningApi.solveToCompletion;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.territoryplanner.contracts.ActivityEvent;
import com.territoryplanner.contracts.OpportunityEvent;
import com.territoryplanner.contracts.Topics;
import com.territoryplanner.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

/** A rep's visits planned from the territory, the CRM's visits and open opportunities. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class RouteFlowTest extends OwnAccountsFlowTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

  @Test
  void aDayVisitsTheMostValuableAccountsInAnOrderThatKeepsTheClock() throws Exception {
    // eight accounts 0.05 degrees apart around the rep's home; potential 1,000 to 8,000
    List<String> accounts = grid(json, prefix, "route", 4, 2, i -> 1_000 * (i + 1));
    String rep = createRep(prefix + "Router", 50.0, 8.0);
    String planId = createPlan(prefix + "routes", List.of(rep));
    solveToCompletion(planId, 1);

    String visited = accounts.get(0);
    String called = accounts.get(1);
    String visitUndone = accounts.get(2);
    String withOpenDeals = accounts.get(3);
    try (KafkaProducer<String, String> producer = RealInfrastructure.kafkaProducer()) {
      activity(producer, "m1", visited, "Meeting", MONDAY.minusDays(30));
      activity(producer, "m2", visited, "Site Visit", MONDAY.minusDays(9));
      activity(producer, "c1", called, "Call", MONDAY.minusDays(1));
      activity(producer, "v1", visitUndone, "Visit", MONDAY.minusDays(2));
      send(json, producer, Topics.ACTIVITIES, prefix + "v1", visitDeleted("v1", visitUndone));
      opportunity(producer, "o1", withOpenDeals, false);
      opportunity(producer, "o2", withOpenDeals, false);
      opportunity(producer, "o3", withOpenDeals, true); // closed: not open
      opportunity(producer, "o4", accounts.get(4), false);
      opportunity(producer, "o4", accounts.get(4), true); // the same deal, since closed
      producer.flush();
    }
    // 90-minute visits from 08:00 to 13:45: three fit whichever three, four never do
    Map<String, Object> request =
        Map.of(
            "planId",
            planId,
            "start",
            MONDAY.toString(),
            "dayStart",
            "08:00",
            "dayEnd",
            "13:45",
            "visitMinutes",
            90,
            "seconds",
            2);
    await(
        "visits and open opportunities",
        () -> {
          JsonPath route = route(rep, request).then().statusCode(200).extract().jsonPath();
          return Integer.valueOf(9).equals(candidate(route, visited).get("daysSinceVisit"))
              && Integer.valueOf(2).equals(candidate(route, withOpenDeals).get("openOpportunities"))
              && Integer.valueOf(0)
                  .equals(candidate(route, accounts.get(4)).get("openOpportunities"));
        });

    JsonPath route = route(rep, request).then().statusCode(200).extract().jsonPath();
    assertThat(route.getString("repId")).isEqualTo(rep);
    assertThat(route.getString("planId")).isEqualTo(planId);
    assertThat(route.getInt("accountsInTerritory")).isEqualTo(8);
    assertThat(route.getInt("candidates")).isEqualTo(8);
    assertThat(route.getInt("unlocated")).isZero();
    assertThat(route.getBoolean("feasible")).isTrue();

    // each account's value is the documented sum of its parts
    assertThat(candidate(route, called).get("daysSinceVisit")).isNull(); // a call is no visit
    assertThat(candidate(route, visitUndone).get("daysSinceVisit")).isNull(); // deleted at source
    for (String id : accounts) {
      Map<String, Object> c = candidate(route, id);
      int i = accounts.indexOf(id);
      double potentialPart = 100.0 * (1_000 * (i + 1)) / 8_000;
      Integer days = (Integer) c.get("daysSinceVisit");
      double recencyPart = days == null ? 100 : 100.0 * days / 90;
      double opportunityPart = 100.0 * ((Integer) c.get("openOpportunities")) / 3;
      assertThat(number(c, "potentialPart")).as(id).isCloseTo(potentialPart, within(0.01));
      assertThat(number(c, "recencyPart")).as(id).isCloseTo(recencyPart, within(0.01));
      assertThat(number(c, "opportunityPart")).as(id).isCloseTo(opportunityPart, within(0.01));
      assertThat(((Number) c.get("value")).longValue())
          .isEqualTo(Math.round(potentialPart + recencyPart + opportunityPart));
    }

    // the three most valuable accounts are visited; the rest are left out, best first
    List<Map<String, Object>> ranked =
        route.<Map<String, Object>>getList("days.stops.account.flatten()").stream().toList();
    List<Map<String, Object>> all = allCandidates(route);
    List<String> topThree =
        all.stream()
            .sorted(Comparator.comparingLong(c -> -((Number) c.get("value")).longValue()))
            .limit(3)
            .map(c -> (String) c.get("accountId"))
            .toList();
    assertThat(ranked)
        .extracting(c -> (String) c.get("accountId"))
        .containsExactlyInAnyOrderElementsOf(topThree);
    assertThat(route.getInt("visits")).isEqualTo(3);
    assertThat(route.getList("leftOut")).hasSize(5);

    // the timetable adds up: leave at 08:00, drive, visit 90 minutes, drive on, home by 13:45
    List<Map<String, Object>> stops = route.getList("days[0].stops");
    LocalDateTime clock = LocalDateTime.parse(route.getString("days[0].leaveHome"));
    assertThat(clock).isEqualTo(MONDAY.atTime(8, 0));
    double driven = 0;
    for (Map<String, Object> stop : stops) {
      LocalDateTime start = LocalDateTime.parse((String) stop.get("start"));
      assertThat(start).isAfterOrEqualTo(clock);
      assertThat(LocalDateTime.parse((String) stop.get("end"))).isEqualTo(start.plusMinutes(90));
      clock = LocalDateTime.parse((String) stop.get("end"));
      driven += number(stop, "driveMinutes");
    }
    assertThat(LocalDateTime.parse(route.getString("days[0].backHome")))
        .isAfterOrEqualTo(clock)
        .isBeforeOrEqualTo(MONDAY.atTime(13, 45));
    // the windshield time adds the drive home to the drives between visits
    assertThat(route.getDouble("windshieldMinutes")).isGreaterThanOrEqualTo(driven - 0.2);
    assertThat(route.getDouble("days[0].driveMinutes"))
        .isEqualTo(route.getDouble("windshieldMinutes"));
    assertThat(route.getInt("days[0].visitMinutes")).isEqualTo(270);
  }

  @Test
  void aVisitWithAWindowStartsInsideItAndTakesItsOwnTime() throws Exception {
    List<String> accounts = grid(json, prefix, "window", 3, 1, i -> 5_000);
    String rep = createRep(prefix + "Windowed", 50.0, 8.0);
    String planId = createPlan(prefix + "windows", List.of(rep));
    solveToCompletion(planId, 1);
    String late = accounts.get(0);

    JsonPath route =
        route(
                rep,
                Map.of(
                    "planId", planId,
                    "start", MONDAY.toString(),
                    "accounts",
                        List.of(
                            Map.of(
                                "accountId", late, "minutes", 20, "from", "15:00", "to", "15:30"))))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> stop =
        route.getMap("days[0].stops.find { it.account.accountId == '" + late + "' }");
    assertThat(stop).isNotNull();
    LocalDateTime start = LocalDateTime.parse((String) stop.get("start"));
    assertThat(start).isBetween(MONDAY.atTime(15, 0), MONDAY.atTime(15, 30));
    assertThat(LocalDateTime.parse((String) stop.get("end"))).isEqualTo(start.plusMinutes(20));
    assertThat(route.getInt("visits")).isEqualTo(3);
  }

  @Test
  void badRequestsAreExplainedFieldByField() {
    String rep = createRep(prefix + "Nobody", 50.0, 8.0);
    route(
            rep,
            Map.of("start", MONDAY.toString(), "dayStart", "17:00", "dayEnd", "08:00", "days", 3))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("dayEnd"));
    route(rep, Map.of("start", MONDAY.toString(), "days", 8))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("days"));
    route(rep, Map.of("days", 1)).then().statusCode(400).body("errors.field", hasItem("start"));
    route(
            UUID.randomUUID().toString(),
            Map.of("start", MONDAY.toString(), "planId", UUID.randomUUID()))
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    String planId =
        createPlan(prefix + "without-nobody", List.of(createRep(prefix + "Other", 50, 8)));
    route(rep, Map.of("start", MONDAY.toString(), "planId", planId))
        .then()
        .statusCode(409)
        .body("type", endsWith("no-territory"));
  }

  @Test
  void anAccountNamedInTheRequestMustBeInTheTerritory() throws Exception {
    grid(json, prefix, "named", 2, 1, i -> 5_000);
    String rep = createRep(prefix + "Named", 50.0, 8.0);
    String planId = createPlan(prefix + "named", List.of(rep));
    solveToCompletion(planId, 1);
    route(
            rep,
            Map.of(
                "planId", planId,
                "start", MONDAY.toString(),
                "accounts", List.of(Map.of("accountId", prefix + "elsewhere"))))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("accounts[0].accountId"))
        .body("errors[0].reason", equalTo("is not an account of the rep's territory"));
  }

  private static Response route(String rep, Map<String, Object> body) {
    return given().contentType("application/json").body(body).post("/api/v1/reps/{id}/routes", rep);
  }

  private static Map<String, Object> candidate(JsonPath route, String accountId) {
    return allCandidates(route).stream()
        .filter(c -> accountId.equals(c.get("accountId")))
        .findFirst()
        .orElseThrow();
  }

  private static List<Map<String, Object>> allCandidates(JsonPath route) {
    List<Map<String, Object>> all =
        new ArrayList<>(route.<Map<String, Object>>getList("days.stops.account.flatten()"));
    all.addAll(route.getList("leftOut"));
    return all;
  }

  private static double number(Map<String, Object> map, String key) {
    return ((Number) map.get(key)).doubleValue();
  }

  private void activity(
      KafkaProducer<String, String> producer,
      String id,
      String account,
      String type,
      LocalDate date)
      throws Exception {
    send(
        json,
        producer,
        Topics.ACTIVITIES,
        prefix + id,
        new ActivityEvent(
            UUID.randomUUID(),
            ActivityEvent.UPSERTED,
            Instant.now(),
            1,
            prefix + id,
            account,
            "crm",
            type,
            date,
            null,
            null,
            null));
  }

  private ActivityEvent visitDeleted(String id, String account) {
    return new ActivityEvent(
        UUID.randomUUID(),
        ActivityEvent.DELETED,
        Instant.now(),
        1,
        prefix + id,
        account,
        "crm",
        "Visit",
        MONDAY.minusDays(2),
        null,
        null,
        null);
  }

  private void opportunity(
      KafkaProducer<String, String> producer, String id, String account, boolean closed)
      throws Exception {
    send(
        json,
        producer,
        Topics.OPPORTUNITIES,
        prefix + id,
        new OpportunityEvent(
            UUID.randomUUID(),
            OpportunityEvent.UPSERTED,
            Instant.now(),
            1,
            prefix + id,
            account,
            closed ? "Closed Won" : "Negotiation",
            BigDecimal.valueOf(10_000),
            "EUR",
            null,
            closed,
            closed,
            null,
            null,
            null,
            null));
  }
}
