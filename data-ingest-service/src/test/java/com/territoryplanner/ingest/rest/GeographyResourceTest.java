package com.territoryplanner.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.territoryplanner.contracts.Topics;
import com.territoryplanner.testsupport.PublishedEvents;
import com.territoryplanner.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Geography units from GeoJSON and CSV, with adjacency derived from their areas or given. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class GeographyResourceTest {

  private final String source = "geo-" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void neighboursAreDerivedFromSharedBordersAndPublished() {
    // A | B | C in a row; D touches C at a corner only; E has no area
    String features =
        "{\"type\":\"FeatureCollection\",\"name\":\"units\",\"features\":["
            + feature("A", 0, 0)
            + ","
            + feature("B", 1, 0)
            + ","
            + feature("C", 2, 0)
            + ","
            + feature("D", 3, 1)
            + ",{\"type\":\"Feature\",\"id\":\"E\",\"properties\":{\"lat\":5,\"lon\":5},"
            + "\"geometry\":null}"
            + ",{\"type\":\"Feature\",\"id\":\"F\",\"properties\":{},"
            + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}}]}";
    given()
        .contentType("application/geo+json")
        .body(features.getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/imports/{source}/geography-units", source)
        .then()
        .statusCode(200)
        .body("entity", equalTo("geography unit"))
        .body("created", equalTo(5))
        .body("errors[0].row", equalTo(6))
        .body("errors[0].column", equalTo("geometry"));

    Map<String, String> events = latestEvents(5);
    assertThat(events.get("A")).contains("\"neighbours\":[\"B\"]", "\"hasArea\":true");
    assertThat(events.get("B")).contains("\"neighbours\":[\"A\",\"C\"]");
    assertThat(events.get("C")).contains("\"neighbours\":[\"B\"]");
    assertThat(events.get("D")).contains("\"neighbours\":[]", "\"latitude\":1.5");
    assertThat(events.get("E")).contains("\"hasArea\":false");

    given()
        .get("/api/v1/geography/{source}/units/B", source)
        .then()
        .statusCode(200)
        .contentType("application/geo+json")
        .body("type", equalTo("Feature"))
        .body("geometry.type", equalTo("Polygon"))
        .body("geometry.coordinates[0][1]", equalTo(List.of(2.0f, 0.0f)))
        .body("properties.neighbours", equalTo(List.of("A", "C")));
  }

  @Test
  void givenNeighboursWinAndTheirUnitsArePublishedToo() {
    given()
        .contentType("text/csv")
        .body("id,kind,name,country,lat,lon,neighbours\nX,county,Kent,US,39.1,-75.5,Y; Z\n")
        .post("/api/v1/imports/{source}/geography-units", source)
        .then()
        .statusCode(200);

    given()
        .get("/api/v1/geography/{source}/units/X", source)
        .then()
        .body("geometry", equalTo(null))
        .body("properties.kind", equalTo("county"))
        .body("properties.neighbours", equalTo(List.of("Y", "Z")));

    // Y arrives later, naming nobody: X's given pair stays
    given()
        .contentType("text/csv")
        .body("id,lat,lon\nY,39.2,-75.6\n")
        .post("/api/v1/imports/{source}/geography-units", source)
        .then()
        .statusCode(200);
    given()
        .get("/api/v1/geography/{source}/units/Y", source)
        .then()
        .body("properties.neighbours", equalTo(List.of("X")));
    given()
        .get("/api/v1/geography/{source}/units/X", source)
        .then()
        .body("properties.neighbours", equalTo(List.of("Y", "Z")));
    given().get("/api/v1/geography/{source}/units/nowhere", source).then().statusCode(404);
  }

  private Map<String, String> latestEvents(int units) {
    return PublishedEvents.await(
            RealInfrastructure.kafkaBootstrapServers(),
            Topics.GEOGRAPHY,
            key -> List.of("A", "B", "C", "D", "E").contains(key),
            units,
            Duration.ofSeconds(20))
        .stream()
        .filter(event -> event.value().contains("\"source\":\"" + source + "\""))
        .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value, (a, b) -> b));
  }

  private static String feature(String id, int x, int y) {
    return "{\"type\":\"Feature\",\"id\":\""
        + id
        + "\",\"properties\":{\"name\":\"Unit "
        + id
        + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[["
        + x
        + ","
        + y
        + "],["
        + (x + 1)
        + ","
        + y
        + "],["
        + (x + 1)
        + ","
        + (y + 1)
        + "],["
        + x
        + ","
        + (y + 1)
        + "],["
        + x
        + ","
        + y
        + "]]]}}";
  }
}
