package com.territoryplanner.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.territoryplanner.contracts.Topics;
import com.territoryplanner.testsupport.PublishedEvents;
import com.territoryplanner.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ImportResourceTest {

  private final String prefix = UUID.randomUUID().toString().substring(0, 8) + "-";

  @Test
  void aBrokenRowIsReportedAndTheGoodRowsLandAndArePublished() {
    String csv =
        "id,name,postal_code,country,lat,lon,naics,employees,annual_revenue\n"
            + prefix
            + "1,Acme,10001,US,40.75,-73.99,5112,120,1500000\n"
            + prefix
            + "2,Broken,10002,US,400,-73.9,5112,12,100\n"
            + prefix
            + "3,\"Gamma, LLC\",60601,US,41.88,-87.63,3341,5000,90000000\n";

    given()
        .contentType("text/csv")
        .body(csv)
        .when()
        .post("/api/v1/imports/crm/accounts")
        .then()
        .statusCode(200)
        .body("rows", equalTo(3))
        .body("accepted", equalTo(2))
        .body("rejected", equalTo(1))
        .body("created", equalTo(2))
        .body("errors[0].row", equalTo(2))
        .body("errors[0].column", equalTo("lat"))
        .body("errors[0].reason", containsString("between -90 and 90"));

    given()
        .get("/api/v1/accounts/{id}", prefix + "3")
        .then()
        .statusCode(200)
        .body("name", equalTo("Gamma, LLC"))
        .body("employees", equalTo(5000));
    given().get("/api/v1/accounts/{id}", prefix + "2").then().statusCode(404);

    assertThat(keysPublished(Topics.ACCOUNTS, 2))
        .containsExactlyInAnyOrder(prefix + "1", prefix + "3");
  }

  @Test
  void importingTheSameFileTwiceChangesNothingAndPublishesNothingMore() {
    String csv = "id,name\n" + prefix + "1,Same\n" + prefix + "2,Same too\n";
    given()
        .contentType("text/csv")
        .body(csv)
        .post("/api/v1/imports/crm/accounts")
        .then()
        .statusCode(200);
    String second =
        given()
            .contentType("text/csv")
            .body(csv)
            .post("/api/v1/imports/crm/accounts")
            .then()
            .statusCode(200)
            .body("created", equalTo(0))
            .body("unchanged", equalTo(2))
            .extract()
            .path("importId");

    given()
        .get("/api/v1/imports/{id}", second)
        .then()
        .statusCode(200)
        .body("unchanged", equalTo(2));
    assertThat(keysPublished(Topics.ACCOUNTS, 2)).hasSize(2);
  }

  @Test
  void opportunitiesAreImportedAndPublished() {
    given()
        .contentType("text/csv")
        .body(
            "id,account_id,stage,amount,currency,close_date,is_closed,is_won\n"
                + prefix
                + "o1,A1,Closed Won,2500.00,USD,2026-03-31,true,true\n"
                + prefix
                + "o2,A1,Closed Won,100,USD,,true,true\n")
        .post("/api/v1/imports/crm/opportunities")
        .then()
        .statusCode(200)
        .body("accepted", equalTo(1))
        .body("errors[0].row", equalTo(2))
        .body("errors[0].column", equalTo("close_date"));

    assertThat(keysPublished(Topics.OPPORTUNITIES, 1)).containsExactly(prefix + "o1");
  }

  @Test
  void aBodyThatIsNotCsvGetsAProblemNotAServerError() {
    given()
        .contentType("application/json")
        .body("{\"id\":\"x\"}")
        .post("/api/v1/imports/crm/accounts")
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("status", equalTo(415))
        .body("type", containsString("unsupported-media-type"));

    given()
        .contentType("text/csv")
        .body("{\"id\":\"x\"}")
        .post("/api/v1/imports/crm/accounts")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("name"))
        .body("detail", not(containsString("Exception")));
  }

  @Test
  void anUnknownImportIsAProblem() {
    given()
        .get("/api/v1/imports/{id}", UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().get("/api/v1/imports/not-a-uuid").then().statusCode(404);
  }

  /** The keys of this test's events on a topic, once the expected number has arrived. */
  private List<String> keysPublished(String topic, int expected) {
    return PublishedEvents.await(
            RealInfrastructure.kafkaBootstrapServers(),
            topic,
            key -> key.startsWith(prefix),
            expected,
            Duration.ofSeconds(20))
        .stream()
        .map(ConsumerRecord::key)
        .toList();
  }
}
