package com.territoryplanner.kpi.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.territoryplanner.contracts.AssignmentEvent;
import com.territoryplanner.contracts.DomainEvent;
import com.territoryplanner.contracts.OpportunityEvent;
import com.territoryplanner.contracts.Topics;
import com.territoryplanner.testsupport.PublishedEvents;
import com.territoryplanner.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Assignments and opportunities in on Kafka; bookings per territory and currency out on {@code
 * kpi-rollups.v1} and the REST API. Figures are hand-computed sums of won amounts.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class KpiFlowTest extends EventFedTest {

  @Test
  void wonBookingsRollUpPerTerritoryAndCurrency() {
    UUID north = UUID.randomUUID();
    send(Topics.ASSIGNMENTS, assign(prefix + "a1", north, prefix + "North"));
    send(Topics.ASSIGNMENTS, assign(prefix + "a2", north, prefix + "North"));
    send(Topics.OPPORTUNITIES, opportunity(prefix + "o1", prefix + "a1", "1000.00", "USD", true));
    send(Topics.OPPORTUNITIES, opportunity(prefix + "o2", prefix + "a1", "250.50", "USD", true));
    send(Topics.OPPORTUNITIES, opportunity(prefix + "o3", prefix + "a2", "300", "EUR", true));
    send(Topics.OPPORTUNITIES, opportunity(prefix + "o4", prefix + "a2", "999", "USD", false));

    // USD: 1000.00 + 250.50 = 1250.50 from 2 deals (o4 is not won); EUR: 300 from 1 deal
    Map<String, String> expected = Map.of("USD", "1250.50/2", "EUR", "300.00/1");
    awaitFigures(north, expected);

    given()
        .queryParam("groupBy", "territory")
        .get("/api/v1/kpis")
        .then()
        .statusCode(200)
        .body(
            "find { it.territoryId == '" + north + "' && it.currency == 'EUR' }.territoryName",
            equalTo(prefix + "North"));

    Map<String, JsonNode> lastPublished = lastRollupPerCurrency(north);
    assertThat(lastPublished.keySet()).containsExactlyInAnyOrder("USD", "EUR");
    assertThat(lastPublished.get("USD").get("type").asText())
        .isEqualTo("TerritoryBookingsRolledUp");
    assertThat(lastPublished.get("USD").get("bookings").decimalValue())
        .isEqualByComparingTo("1250.50");
    assertThat(lastPublished.get("USD").get("wonDeals").asLong()).isEqualTo(2);
    assertThat(lastPublished.get("EUR").get("bookings").decimalValue()).isEqualByComparingTo("300");
    assertThat(lastPublished.get("EUR").get("territoryName").asText()).isEqualTo(prefix + "North");
  }

  @Test
  void aReassignmentMovesBookingsFromOneTerritoryToTheOther() {
    UUID west = UUID.randomUUID();
    UUID east = UUID.randomUUID();
    send(Topics.ASSIGNMENTS, assign(prefix + "a3", west, prefix + "West"));
    send(Topics.ASSIGNMENTS, assign(prefix + "a4", west, prefix + "West"));
    send(Topics.OPPORTUNITIES, opportunity(prefix + "o5", prefix + "a3", "500", "USD", true));
    send(Topics.OPPORTUNITIES, opportunity(prefix + "o6", prefix + "a4", "70", "USD", true));
    awaitFigures(west, Map.of("USD", "570.00/2"));

    send(Topics.ASSIGNMENTS, assign(prefix + "a3", east, prefix + "East"));

    // a3 (500) moves to East; West keeps a4 (70)
    awaitFigures(east, Map.of("USD", "500.00/1"));
    awaitFigures(west, Map.of("USD", "70.00/1"));
    assertThat(lastRollupPerCurrency(west).get("USD").get("bookings").decimalValue())
        .isEqualByComparingTo("70");
    assertThat(lastRollupPerCurrency(east).get("USD").get("bookings").decimalValue())
        .isEqualByComparingTo("500");

    // the last account leaves West: its USD rollup drops to zero, and says so
    send(Topics.ASSIGNMENTS, assign(prefix + "a4", east, prefix + "East"));
    awaitFigures(east, Map.of("USD", "570.00/2"));
    awaitFigures(west, Map.of("USD", "0.00/0"));
    assertThat(lastRollupPerCurrency(west).get("USD").get("wonDeals").asLong()).isZero();
  }

  @Test
  void aDeletedOpportunityNoLongerCounts() {
    UUID central = UUID.randomUUID();
    send(Topics.ASSIGNMENTS, assign(prefix + "a9", central, prefix + "Central"));
    OpportunityEvent won = opportunity(prefix + "o9", prefix + "a9", "400", "USD", true);
    send(Topics.OPPORTUNITIES, won);
    send(Topics.OPPORTUNITIES, opportunity(prefix + "o10", prefix + "a9", "60", "USD", true));
    awaitFigures(central, Map.of("USD", "460.00/2"));

    send(
        Topics.OPPORTUNITIES,
        new OpportunityEvent(
            UUID.randomUUID(),
            OpportunityEvent.DELETED,
            Instant.now(),
            won.schemaVersion(),
            won.opportunityId(),
            won.accountId(),
            won.stage(),
            won.amount(),
            won.currency(),
            won.closeDate(),
            true,
            true,
            null,
            null,
            null,
            null));

    awaitFigures(central, Map.of("USD", "60.00/1"));

    // a replay of the topic brings the older upsert again: the deletion stands
    send(Topics.OPPORTUNITIES, won);
    send(Topics.OPPORTUNITIES, opportunity(prefix + "o11", prefix + "a9", "1", "USD", true));
    awaitFigures(central, Map.of("USD", "61.00/2"));
  }

  @Test
  void aDuplicateEventIsCountedOnce() {
    UUID south = UUID.randomUUID();
    send(Topics.ASSIGNMENTS, assign(prefix + "a5", south, prefix + "South"));
    OpportunityEvent first = opportunity(prefix + "o7", prefix + "a5", "100", "USD", true);
    send(Topics.OPPORTUNITIES, first);
    send(Topics.OPPORTUNITIES, first); // redelivered as is
    // redelivered with altered figures, to make a second processing visible: skipped
    send(
        Topics.OPPORTUNITIES,
        new OpportunityEvent(
            first.eventId(),
            first.type(),
            first.occurredAt(),
            first.schemaVersion(),
            first.opportunityId(),
            first.accountId(),
            "Closed Won",
            new BigDecimal("900"),
            "USD",
            first.closeDate(),
            true,
            true,
            null,
            null,
            null,
            null));
    send(Topics.OPPORTUNITIES, opportunity(prefix + "o8", prefix + "a5", "20", "USD", true));

    awaitFigures(south, Map.of("USD", "120.00/2"));
  }

  @Test
  void aBurstOfAssignmentsPublishesAFewRollupsNotThousands() {
    UUID central = UUID.randomUUID();
    int accounts = 300;
    List<Future<?>> sent = new ArrayList<>();
    for (int i = 0; i < accounts; i++) {
      sent.add(
          sendAsync(
              Topics.OPPORTUNITIES,
              opportunity(prefix + "b" + i, prefix + "acc" + i, "10", "USD", true)));
    }
    for (int i = 0; i < accounts; i++) {
      sent.add(
          sendAsync(Topics.ASSIGNMENTS, assign(prefix + "acc" + i, central, prefix + "Central")));
    }
    sent.forEach(EventFeed::join);

    // 300 won deals of 10 USD
    awaitFigures(central, Map.of("USD", "3000.00/300"));
    List<ConsumerRecord<String, String>> published = rollupsOf(central, 1);
    assertThat(published).hasSizeBetween(1, 30);
    JsonNode last = read(published.get(published.size() - 1).value());
    assertThat(last.get("bookings").decimalValue()).isEqualByComparingTo("3000");
    assertThat(last.get("wonDeals").asLong()).isEqualTo(accounts);
  }

  @Test
  void groupByIsRequiredAndOnlyTerritoryIsSupported() {
    given()
        .get("/api/v1/kpis")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("errors.field", hasItem("groupBy"));
    given()
        .queryParam("groupBy", "rep")
        .get("/api/v1/kpis")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("groupBy"))
        .body("errors[0].field", equalTo("groupBy"))
        .body("errors[0].reason", containsString("rep"));
  }

  /**
   * Polls the API until the territory's figures are exactly {@code currency -> "bookings/deals"}.
   */
  private static void awaitFigures(UUID territory, Map<String, String> expected) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    Map<String, String> actual = Map.of();
    while (System.nanoTime() < deadline) {
      actual = figures(territory);
      if (actual.equals(new TreeMap<>(expected))) {
        return;
      }
      sleep(200);
    }
    assertThat(actual).as("figures of territory %s", territory).isEqualTo(new TreeMap<>(expected));
  }

  private static Map<String, String> figures(UUID territory) {
    List<Map<String, Object>> rows =
        given()
            .config(
                RestAssured.config()
                    .jsonConfig(
                        JsonConfig.jsonConfig()
                            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
            .queryParam("groupBy", "territory")
            .get("/api/v1/kpis")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("findAll { it.territoryId == '" + territory + "' }");
    Map<String, String> figures = new TreeMap<>();
    for (Map<String, Object> row : rows) {
      BigDecimal bookings = new BigDecimal(row.get("bookings").toString()).setScale(2);
      figures.put(
          (String) row.get("currency"), bookings.toPlainString() + "/" + row.get("wonDeals"));
    }
    return figures;
  }

  private Map<String, JsonNode> lastRollupPerCurrency(UUID territory) {
    Map<String, JsonNode> last = new TreeMap<>();
    for (ConsumerRecord<String, String> record : rollupsOf(territory, 1)) {
      JsonNode event = read(record.value());
      last.put(event.get("currency").asText(), event);
    }
    return last;
  }

  private static List<ConsumerRecord<String, String>> rollupsOf(UUID territory, int expected) {
    return PublishedEvents.await(
        RealInfrastructure.kafkaBootstrapServers(),
        Topics.KPI_ROLLUPS,
        territory.toString()::equals,
        expected,
        TIMEOUT);
  }

  private static AssignmentEvent assign(String accountId, UUID territory, String name) {
    return EventFeed.assign(accountId, territory, name, LocalDate.of(2026, 1, 1));
  }

  private static OpportunityEvent opportunity(
      String id, String accountId, String amount, String currency, boolean won) {
    return EventFeed.opportunity(
        id, accountId, amount, currency, null, LocalDate.of(2026, 3, 31), won, won);
  }

  private void send(String topic, DomainEvent event) {
    feed.send(topic, event);
  }

  private Future<?> sendAsync(String topic, DomainEvent event) {
    return feed.sendAsync(topic, event);
  }

  private JsonNode read(String value) {
    try {
      return json.readTree(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
