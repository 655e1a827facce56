package com.territoryplanner.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Keeps each stored JSON Schema and its event record in step, field for field. */
class EventSchemaTest {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

  static Stream<Arguments> events() {
    return Stream.of(
        Arguments.of(
            Topics.ACCOUNTS,
            new AccountEvent(
                ID,
                AccountEvent.UPSERTED,
                AT,
                1,
                "A1",
                "crm",
                "Acme",
                "10001",
                "US",
                40.7,
                -74.0,
                "5112",
                120,
                new BigDecimal("1000000"),
                "USD",
                "Software",
                "7372",
                "acme.com",
                "U1",
                "Customer",
                "GIVEN",
                List.of(new AccountEvent.SourceRecord("crm", "A1")))),
        Arguments.of(
            Topics.REVENUE,
            new RevenueEvent(
                ID,
                RevenueEvent.UPSERTED,
                AT,
                1,
                "R1",
                "A1",
                "erp",
                LocalDate.of(2026, 1, 1),
                "Support",
                new BigDecimal("-120.50"),
                new BigDecimal("-80"),
                new BigDecimal("-40.50"),
                "EUR")),
        Arguments.of(
            Topics.ACTIVITIES,
            new ActivityEvent(
                ID,
                ActivityEvent.UPSERTED,
                AT,
                1,
                "T1",
                "A1",
                "crm",
                "Call",
                LocalDate.of(2026, 1, 1),
                "U1",
                15,
                "Renewal")),
        Arguments.of(
            Topics.SPEND,
            new SpendEvent(
                ID,
                SpendEvent.UPSERTED,
                AT,
                1,
                "S1",
                "marketing",
                "Spring launch",
                "Paid Search",
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31),
                new BigDecimal("25000"),
                "USD",
                "US",
                null)),
        Arguments.of(
            Topics.MARKET,
            new MarketEvent(
                ID,
                MarketEvent.FIRMOGRAPHIC_COUNT,
                AT,
                1,
                "US:10001:5112",
                "census",
                "US",
                "10001",
                "5112",
                42,
                1200L,
                null,
                "USD",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null)),
        Arguments.of(
            Topics.GEOGRAPHY,
            new GeographyEvent(
                ID,
                GeographyEvent.UPSERTED,
                AT,
                1,
                "10001",
                "census-zcta",
                "postal_code",
                "New York",
                "US",
                40.75,
                -73.99,
                true,
                List.of("10011", "10018"))),
        Arguments.of(
            Topics.USERS,
            new UserEvent(
                ID,
                UserEvent.UPSERTED,
                AT,
                1,
                "005X",
                "salesforce",
                "Avery Chen",
                "avery@example.com",
                "Account Executive",
                "005M",
                true,
                "10001",
                "US",
                40.75,
                -73.99)),
        Arguments.of(
            Topics.OPPORTUNITIES,
            new OpportunityEvent(
                ID,
                OpportunityEvent.UPSERTED,
                AT,
                1,
                "O1",
                "A1",
                "Closed Won",
                new BigDecimal("5000"),
                "USD",
                LocalDate.of(2026, 1, 1),
                true,
                true,
                LocalDate.of(2025, 10, 1),
                "Web",
                "U1",
                null)),
        Arguments.of(
            Topics.LEADS,
            new LeadEvent(
                ID,
                LeadEvent.UPSERTED,
                AT,
                1,
                "L1",
                "salesforce",
                "Acme",
                "Web",
                "Converted",
                true,
                "A1",
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 10, 1),
                "10001",
                "US",
                "U1",
                40.75,
                -73.99)),
        Arguments.of(
            Topics.SEGMENTS,
            new SegmentEvent(
                ID,
                SegmentEvent.CHANGED,
                AT,
                1,
                "A1",
                new BigDecimal("9000"),
                "USD",
                "SMB",
                "p1",
                "All / Northeast",
                "regions@2")),
        Arguments.of(
            Topics.ASSIGNMENTS,
            new AssignmentEvent(
                ID,
                AssignmentEvent.ACCOUNT_ASSIGNED,
                AT,
                1,
                "A1",
                ID,
                ID,
                "T1",
                ID,
                "Rep",
                LocalDate.of(2026, 1, 1))),
        Arguments.of(
            Topics.KPI_ROLLUPS,
            new KpiRollupEvent(
                ID,
                KpiRollupEvent.BOOKINGS_ROLLED_UP,
                AT,
                1,
                ID,
                "T1",
                "USD",
                new BigDecimal("5000"),
                1)),
        Arguments.of(
            Topics.PLAN_REVIEW,
            new PlanReviewEvent(
                ID,
                PlanReviewEvent.OPENED,
                AT,
                1,
                ID,
                ID,
                "DRIFT",
                null,
                "Balance drifted out of tolerance",
                "potential 14.0% > 10.0%",
                LocalDate.of(2026, 1, 2),
                "OPEN",
                List.of(new PlanReviewEvent.Breach("potential", 0.14, 0.10, ID)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void schemaDescribesExactlyTheRecordFields(String topic, DomainEvent event) throws IOException {
    JsonNode schema = schema(topic);
    List<String> schemaFields = new ArrayList<>();
    schema.get("properties").fieldNames().forEachRemaining(schemaFields::add);
    List<String> recordFields =
        Arrays.stream(event.getClass().getRecordComponents())
            .map(RecordComponent::getName)
            .toList();

    assertThat(schemaFields).containsExactlyInAnyOrderElementsOf(recordFields);
    JsonNode type = schema.get("properties").get("type");
    List<String> types = new ArrayList<>();
    (type.has("enum") ? type.get("enum") : List.of(type.get("const")))
        .forEach(value -> types.add(value.asText()));
    assertThat(types).contains(event.type());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void serializedEventCarriesEveryRequiredField(String topic, DomainEvent event)
      throws IOException {
    Map<?, ?> json = JSON.readValue(JSON.writeValueAsString(event), Map.class);
    List<String> required = new ArrayList<>();
    schema(topic).get("required").forEach(field -> required.add(field.asText()));

    assertThat(required).isNotEmpty();
    required.forEach(field -> assertThat(json.get(field)).as(field).isNotNull());
    assertThat(json.get("occurredAt")).isEqualTo("2026-01-02T03:04:05Z");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void eventRoundTripsThroughJson(String topic, DomainEvent event) throws IOException {
    assertThat(JSON.readValue(JSON.writeValueAsString(event), event.getClass())).isEqualTo(event);
  }

  private static JsonNode schema(String topic) throws IOException {
    try (InputStream in =
        EventSchemaTest.class.getResourceAsStream("/schemas/" + topic + ".schema.json")) {
      assertThat(in).as("stored schema for " + topic).isNotNull();
      return JSON.readTree(in);
    }
  }
}
