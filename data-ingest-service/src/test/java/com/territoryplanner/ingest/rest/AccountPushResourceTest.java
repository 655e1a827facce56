package com.territoryplanner.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.territoryplanner.contracts.Topics;
import com.territoryplanner.platform.security.Roles;
import com.territoryplanner.testsupport.PublishedEvents;
import com.territoryplanner.testsupport.RealInfrastructure;
import com.territoryplanner.testsupport.TestIdentities;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class AccountPushResourceTest {

  private final String id = "push-" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void aPushedAccountIsStoredAndPublishedAndAnUnchangedPushIsNot() {
    push("{\"Name\":\"Acme\",\"BillingCountry\":\"Germany\",\"NumberOfEmployees\":40}")
        .statusCode(200)
        .body("outcome", equalTo("CREATED"))
        .body("source", equalTo("salesforce"));
    push("{\"Id\":\""
            + id
            + "\",\"Name\":\"Acme\",\"BillingCountry\":\"DE\",\"NumberOfEmployees\":40}")
        .statusCode(200)
        .body("outcome", equalTo("UNCHANGED"));
    push("{\"Name\":\"Acme GmbH\",\"BillingCountry\":\"DE\",\"NumberOfEmployees\":40}")
        .statusCode(200)
        .body("outcome", equalTo("UPDATED"));

    given().get("/api/v1/accounts/{id}", id).then().body("account.name", equalTo("Acme GmbH"));
    List<String> events = events(2);
    assertThat(events.get(0)).contains("\"name\":\"Acme\"", "\"source\":\"salesforce\"");
    assertThat(events.get(1)).contains("\"name\":\"Acme GmbH\"");
  }

  @Test
  void aCrmPushesWithItsApiKeyAndAViewerCannotPush() {
    given()
        .header("X-Api-Key", TestIdentities.integrationApiKey())
        .contentType("application/json")
        .body("{\"Name\":\"Keyed\"}")
        .put("/api/v1/sources/salesforce/accounts/{id}", id)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("CREATED"));
    given()
        .header("Authorization", "Bearer " + TestIdentities.token(Roles.VIEWER))
        .contentType("application/json")
        .body("{\"Name\":\"Viewed\"}")
        .put("/api/v1/sources/salesforce/accounts/{id}", id)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    // a planner manages the data, but pushes are a CRM's
    given()
        .header("Authorization", "Bearer " + TestIdentities.token(Roles.PLANNER))
        .delete("/api/v1/sources/salesforce/accounts/{id}", id)
        .then()
        .statusCode(403);
    given()
        .header("X-Api-Key", "someone-elses-key")
        .delete("/api/v1/sources/salesforce/accounts/{id}", id)
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given().get("/api/v1/accounts/{id}", id).then().body("account.name", equalTo("Keyed"));
  }

  @Test
  void aBadPushIsRefusedFieldByFieldAndStoresNothing() {
    push("{\"Name\":\"\",\"BillingLatitude\":91,\"BillingLongitude\":0}")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", equalTo(List.of("Name", "BillingLatitude")));
    push("{\"Id\":\"someone-else\",\"Name\":\"Acme\"}")
        .statusCode(400)
        .body("errors[0].reason", containsString("the URL names '" + id + "'"));
    push("[1, 2]").statusCode(400);
    given()
        .contentType("application/json")
        .body("{\"name\":\"x\"}")
        .put("/api/v1/sources/{source}/accounts/{id}", "Not A Source", id)
        .then()
        .statusCode(400);

    given().get("/api/v1/accounts/{id}", id).then().statusCode(404);
  }

  @Test
  void aDeletionIsPublishedWithTheLastFields() {
    push("{\"Name\":\"Short-lived\"}").statusCode(200);

    given().delete("/api/v1/sources/salesforce/accounts/{id}", id).then().statusCode(204);
    given().delete("/api/v1/sources/salesforce/accounts/{id}", id).then().statusCode(404);

    given().get("/api/v1/accounts/{id}", id).then().statusCode(404);
    List<String> events = events(2);
    assertThat(events.get(1)).contains("\"type\":\"AccountDeleted\"", "\"name\":\"Short-lived\"");
  }

  @Test
  void anyAccountBoundRecordIsPushedAndDeletedByItsSourceId() {
    push("{\"Name\":\"Acme\"}").statusCode(200).body("goldenAccountId", equalTo(id));
    String opportunity = id + "-o1";
    given()
        .contentType("application/json")
        .queryParam("profile", "salesforce")
        .body(
            "{\"AccountId\":\""
                + id
                + "\",\"StageName\":\"Closed Won\",\"Amount\":500,"
                + "\"CloseDate\":\"2026-01-10\",\"IsClosed\":true,\"IsWon\":true}")
        .put("/api/v1/sources/salesforce/opportunities/{id}", opportunity)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("CREATED"))
        .body("goldenAccountId", equalTo(null));

    given()
        .delete("/api/v1/sources/salesforce/opportunities/{id}", opportunity)
        .then()
        .statusCode(204);
    given()
        .delete("/api/v1/sources/salesforce/opportunities/{id}", opportunity)
        .then()
        .statusCode(404);
    List<String> events =
        PublishedEvents.await(
                RealInfrastructure.kafkaBootstrapServers(),
                Topics.OPPORTUNITIES,
                key -> key.equals(opportunity),
                2,
                Duration.ofSeconds(20))
            .stream()
            .map(ConsumerRecord::value)
            .toList();
    assertThat(events.get(1))
        .contains(
            "\"type\":\"OpportunityDeleted\"", "\"accountId\":\"" + id + "\"", "\"amount\":500");

    given()
        .delete("/api/v1/sources/marketing/spend/{id}", "s1")
        .then()
        .statusCode(405)
        .contentType("application/problem+json");
    given()
        .contentType("application/json")
        .body("{}")
        .put("/api/v1/sources/crm/widgets/{id}", "w1")
        .then()
        .statusCode(404);
  }

  private io.restassured.response.ValidatableResponse push(String body) {
    return given()
        .contentType("application/json")
        .queryParam("profile", "salesforce")
        .body(body)
        .put("/api/v1/sources/salesforce/accounts/{id}", id)
        .then();
  }

  private List<String> events(int expected) {
    return PublishedEvents.await(
            RealInfrastructure.kafkaBootstrapServers(),
            Topics.ACCOUNTS,
            key -> key.equals(id),
            expected,
            Duration.ofSeconds(20))
        .stream()
        .map(ConsumerRecord::value)
        .toList();
  }
}
