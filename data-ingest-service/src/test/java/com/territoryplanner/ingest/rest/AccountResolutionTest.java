package com.territoryplanner.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.territoryplanner.contracts.Topics;
import com.territoryplanner.testsupport.PublishedEvents;
import com.territoryplanner.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** CRM and ERP records of one company become one golden account, with the evidence shown. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class AccountResolutionTest {

  private final String p = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void recordsOfOneCompanyAreLinkedByCrossReferenceDomainOrNameAndPostalCode() {
    importCrm();
    importAccounts(
            "erp",
            "id,name,website,postal_code,country,annual_revenue,currency,same_as\n"
                + p
                + "-E1,ACME Corporation,https://www."
                + p
                + "-acme.com/contact,,,900000,EUR,\n"
                + p
                + "-E2,"
                + p
                + " Beta,,80331,DE,,,\n"
                + p
                + "-E3,Totally different name,,,,,,crm:"
                + p
                + "-C\n"
                + p
                + "-E4,"
                + p
                + " Delta,,,,,,\n")
        .body("created", equalTo(4))
        .body(
            "quality.linkedBy",
            equalTo(
                Map.of(
                    "SAME_AS", 1, "WEB_DOMAIN", 1, "NAME_AND_POSTAL_CODE", 1, "FIRST_RECORD", 1)));

    account(p + "-A")
        .body("account.name", equalTo(p + " Acme Corp"))
        .body("account.annualRevenue", equalTo(900000.0f))
        .body("account.currency", equalTo("EUR"))
        .body("sources.source", equalTo(List.of("crm", "erp")))
        .body("sources[0].rule", equalTo("FIRST_RECORD"))
        .body("sources[1].record.id", equalTo(p + "-E1"))
        .body("sources[1].rule", equalTo("WEB_DOMAIN"))
        .body("sources[1].evidence", containsString(p + "-acme.com"));
    account(p + "-B").body("sources[1].rule", equalTo("NAME_AND_POSTAL_CODE"));
    account(p + "-C")
        .body("sources[1].rule", equalTo("SAME_AS"))
        .body("sources[1].evidence", equalTo("names crm:" + p + "-C as itself"));
    account(p + "-E4").body("sources.source", equalTo(List.of("erp")));

    List<String> events = events(p + "-A", 2);
    assertThat(events.get(1))
        .contains(
            "\"accountId\":\"" + p + "-A\"",
            "{\"source\":\"crm\",\"externalId\":\"" + p + "-A\"}",
            "{\"source\":\"erp\",\"externalId\":\"" + p + "-E1\"}");
  }

  @Test
  void aSourcesOwnRecordsStayApartAndAnAmbiguousDomainLinksNothing() {
    importCrm();
    importAccounts(
            "crm", "id,name,website\n" + p + "-A2," + p + " Acme Germany," + p + "-acme.com\n")
        .body("created", equalTo(1));
    account(p + "-A2").body("sources.source", equalTo(List.of("crm")));

    importAccounts("erp", "id,name,website\n" + p + "-E9,Acme," + p + "-acme.com\n");
    account(p + "-E9")
        .body("sources[0].rule", equalTo("FIRST_RECORD"))
        .body("sources[0].evidence", containsString("is shared by 2 golden accounts"));
  }

  @Test
  void aPlannerLinksAndUnlinksByHandAndTheOpportunitiesFollow() {
    importCrm();
    importAccounts("erp", "id,name\n" + p + "-E7,Unmatched name\n");
    given()
        .contentType("text/csv")
        .body(
            "id,account_id,stage,amount,close_date,is_closed,is_won\n"
                + p
                + "-O1,"
                + p
                + "-E7,Closed Won,500,2026-01-10,true,true\n")
        .post("/api/v1/imports/erp/opportunities")
        .then()
        .statusCode(200);

    given()
        .contentType("application/json")
        .body("{\"source\":\"erp\",\"externalId\":\"" + p + "-E7\"}")
        .post("/api/v1/accounts/{id}/links", p + "-A")
        .then()
        .statusCode(200)
        .body("sources[1].rule", equalTo("MANUAL"))
        .body("sources[1].manual", equalTo(true))
        .body("sources[1].evidence", equalTo("linked by hand, from " + p + "-E7"));
    account(p + "-E7").statusCode(404);
    assertThat(events(p + "-E7", 2).get(1)).contains("\"type\":\"AccountDeleted\"");
    assertThat(opportunityEvents(2).get(1)).contains("\"accountId\":\"" + p + "-A\"");

    given()
        .delete("/api/v1/accounts/{id}/links/erp/{record}", p + "-A", p + "-E7")
        .then()
        .statusCode(200)
        .body("account.id", equalTo(p + "-E7"))
        .body("sources[0].evidence", equalTo("unlinked by hand from " + p + "-A"));
    account(p + "-A").body("sources.source", equalTo(List.of("crm")));
    assertThat(opportunityEvents(3).get(2)).contains("\"accountId\":\"" + p + "-E7\"");

    given()
        .delete("/api/v1/accounts/{id}/links/crm/{record}", p + "-A", p + "-A")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    given()
        .contentType("application/json")
        .body("{\"source\":\"erp\",\"externalId\":\"nobody\"}")
        .post("/api/v1/accounts/{id}/links", p + "-A")
        .then()
        .statusCode(404);
  }

  @Test
  void reImportingChangesNothingAndDeletingOneSourceReMergesTheAccount() {
    importCrm();
    String erp = "id,name,website,employees\n" + p + "-E1,ACME Corporation," + p + "-acme.com,77\n";
    importAccounts("erp", erp).body("created", equalTo(1));
    importAccounts("erp", erp).body("unchanged", equalTo(1));
    assertThat(events(p + "-A", 2)).hasSize(2);

    given().delete("/api/v1/sources/crm/accounts/{id}", p + "-A").then().statusCode(204);

    account(p + "-A")
        .body("account.name", equalTo("ACME Corporation"))
        .body("account.employees", equalTo(77))
        .body("sources.source", equalTo(List.of("erp")));
    assertThat(events(p + "-A", 3).get(2))
        .contains("\"type\":\"AccountUpserted\"", "\"name\":\"ACME Corporation\"");
  }

  @Test
  void erpRevenueAndCrmActivitiesArePublishedUnderTheGoldenAccount() {
    importCrm();
    importAccounts("erp", "id,name,same_as\n" + p + "-C9,Acme AG,crm:" + p + "-A\n");
    given()
        .contentType("text/csv")
        .body(
            "id,account_id,date,product_line,amount,cost\n"
                + p
                + "-L1,"
                + p
                + "-C9,2026-02-01,Support,1200,700\n"
                + p
                + "-L2,"
                + p
                + "-C9,2026-02-02,Support,-200,-100\n")
        .post("/api/v1/imports/erp/revenue-lines")
        .then()
        .statusCode(200)
        .body("entity", equalTo("revenue line"))
        .body("created", equalTo(2));
    given()
        .contentType("text/csv")
        .queryParam("profile", "salesforce")
        .body("Id,AccountId,Type,ActivityDate\n" + p + "-T1," + p + "-A,Meeting,2026-02-03\n")
        .post("/api/v1/imports/crm/activities")
        .then()
        .statusCode(200)
        .body("created", equalTo(1));

    List<String> revenue = published(Topics.REVENUE, p + "-L2", 1);
    assertThat(revenue.get(0))
        .contains(
            "\"accountId\":\"" + p + "-A\"",
            "\"source\":\"erp\"",
            "\"amount\":-200",
            "\"margin\":-100");
    assertThat(published(Topics.ACTIVITIES, p + "-T1", 1).get(0))
        .contains("\"accountId\":\"" + p + "-A\"", "\"activityType\":\"Meeting\"");
  }

  private void importCrm() {
    importAccounts(
            "crm",
            "id,name,website,postal_code,country\n"
                + p
                + "-A,"
                + p
                + " Acme Corp,"
                + p
                + "-acme.com,10115,DE\n"
                + p
                + "-B,"
                + p
                + " Beta GmbH,,80331,DE\n"
                + p
                + "-C,"
                + p
                + " Gamma,,,\n")
        .body("created", equalTo(3));
  }

  private static ValidatableResponse importAccounts(String source, String csv) {
    return given()
        .contentType("text/csv")
        .body(csv)
        .post("/api/v1/imports/{source}/accounts", source)
        .then()
        .statusCode(200);
  }

  private static ValidatableResponse account(String id) {
    return given().get("/api/v1/accounts/{id}", id).then();
  }

  private static List<String> events(String key, int expected) {
    return published(Topics.ACCOUNTS, key, expected);
  }

  private static List<String> published(String topic, String key, int expected) {
    return PublishedEvents.await(
            RealInfrastructure.kafkaBootstrapServers(),
            topic,
            key::equals,
            expected,
            Duration.ofSeconds(20))
        .stream()
        .map(ConsumerRecord::value)
        .toList();
  }

  private List<String> opportunityEvents(int expected) {
    return published(Topics.OPPORTUNITIES, p + "-O1", expected);
  }
}
