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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
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
            + "1,Acme "
            + prefix
            + ",10001,US,40.75,-73.99,5112,120,1500000\n"
            + prefix
            + "2,Broken,10002,US,400,-73.9,5112,12,100\n"
            + prefix
            + "3,\"Gamma "
            + prefix
            + ", LLC\",60601,US,41.88,-87.63,3341,5000,90000000\n";

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
        .body("quality.completeness.naics", equalTo(1.0f))
        .body("quality.completeness.website", equalTo(0.0f))
        .body("quality.withoutLocation", equalTo(0))
        .body("quality.linkedBy.FIRST_RECORD", equalTo(2))
        .body("created", equalTo(2))
        .body("errors[0].row", equalTo(2))
        .body("errors[0].column", equalTo("lat"))
        .body("errors[0].reason", containsString("between -90 and 90"));

    given()
        .get("/api/v1/accounts/{id}", prefix + "3")
        .then()
        .statusCode(200)
        .body("account.name", equalTo("Gamma " + prefix + ", LLC"))
        .body("account.employees", equalTo(5000));
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
  void aHubSpotDealLostForAReasonCarriesTheReason() {
    given()
        .contentType("text/csv")
        .queryParam("profile", "hubspot")
        .body(
            "Record ID,Associated Company IDs (Primary),Deal Stage,Amount,Close Date,"
                + "Closed Lost Reason\n"
                + prefix
                + "lost,A1,Closed Lost,900,2026-04-01,Price too high\n")
        .post("/api/v1/imports/hubspot/opportunities")
        .then()
        .statusCode(200)
        .body("created", equalTo(1));

    assertThat(firstEvent(Topics.OPPORTUNITIES, prefix + "lost"))
        .contains("\"closed\":true", "\"won\":false", "\"lossReason\":\"Price too high\"");
  }

  @Test
  void aBodyInNoKnownFormatGetsAProblemNotAServerError() {
    given()
        .contentType("text/plain")
        .body("id,name")
        .post("/api/v1/imports/crm/accounts")
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("type", containsString("unsupported-media-type"));

    given()
        .contentType("application/json")
        .body("{\"id\":\"x\"}")
        .post("/api/v1/imports/crm/accounts")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("one array of objects"));

    given()
        .contentType("text/csv")
        .body("{\"id\":\"x\"}")
        .post("/api/v1/imports/crm/accounts")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("name"))
        .body("detail", not(containsString("Exception")));

    given()
        .contentType("text/csv")
        .queryParam("profile", "dynamics")
        .body("id,name\n")
        .post("/api/v1/imports/crm/accounts")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("profile"));

    given()
        .contentType("text/csv")
        .queryParam("maxRejectedPercent", "120")
        .body("id,name\n")
        .post("/api/v1/imports/crm/accounts")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void theRejectsFileHoldsEveryBadRowAsItWasAndImportsAgainOnceFixed() {
    String importId =
        given()
            .contentType("text/csv")
            .body(
                "id,name,lat,lon\n"
                    + prefix
                    + "1,Fine,1,2\n"
                    + prefix
                    + "2,\"Bad, Inc\",91,2\n"
                    + ",No id,,\n")
            .post("/api/v1/imports/crm/accounts")
            .then()
            .statusCode(200)
            .body("rejected", equalTo(2))
            .extract()
            .path("importId");

    String rejects =
        given()
            .get("/api/v1/imports/{id}/rejects", importId)
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .extract()
            .asString();

    assertThat(rejects.split("\r\n"))
        .containsExactly(
            "reject_row,reject_column,reject_reason,id,name,lat,lon",
            "2,lat,must be between -90 and 90," + prefix + "2,\"Bad, Inc\",91,2",
            "3,id,is required,,No id,,");

    String fixed =
        rejects.replace(",91,2", ",41,2").replace(",,No id,,", "," + prefix + "3,No id,,");
    given()
        .contentType("text/csv")
        .body(fixed)
        .post("/api/v1/imports/crm/accounts")
        .then()
        .statusCode(200)
        .body("created", equalTo(2))
        .body("rejected", equalTo(0));
    given()
        .get("/api/v1/accounts/{id}", prefix + "2")
        .then()
        .body("account.latitude", equalTo(41.0f));
  }

  @Test
  void aDryRunReportsWhatWouldHappenAndStoresNothing() {
    String importId =
        given()
            .contentType("text/csv")
            .queryParam("dryRun", true)
            .body("id,name\n" + prefix + "1,Dry\n" + prefix + "2,\n")
            .post("/api/v1/imports/crm/accounts")
            .then()
            .statusCode(200)
            .body("dryRun", equalTo(true))
            .body("created", equalTo(1))
            .body("rejected", equalTo(1))
            .extract()
            .path("importId");

    given().get("/api/v1/accounts/{id}", prefix + "1").then().statusCode(404);
    given().get("/api/v1/imports/{id}", importId).then().statusCode(404);
    given()
        .contentType("text/csv")
        .body("id,name\n" + prefix + "1,Wet\n")
        .post("/api/v1/imports/crm/accounts")
        .then()
        .body("created", equalTo(1));
    assertThat(keysPublished(Topics.ACCOUNTS, 1)).containsExactly(prefix + "1");
  }

  @Test
  void anImportOverItsRejectThresholdStoresNothing() {
    given()
        .contentType("text/csv")
        .queryParam("maxRejectedRows", 1)
        .body("id,name\n" + prefix + "1,Good\n" + prefix + "2,\n" + prefix + "3,\n")
        .post("/api/v1/imports/crm/accounts")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", containsString("reject-threshold-exceeded"))
        .body("detail", containsString("rejected 2 of the 3 rows"))
        .body("errors.row", equalTo(List.of(2, 3)));

    given().get("/api/v1/accounts/{id}", prefix + "1").then().statusCode(404);
  }

  @Test
  void aKeyRepeatedManyBatchesLaterIsRejected() {
    StringBuilder csv = new StringBuilder("id,name\n");
    for (int i = 1; i <= 2500; i++) {
      csv.append(prefix).append(i == 2400 ? 7 : i).append(",Account ").append(i).append('\n');
    }
    given()
        .contentType("text/csv")
        .body(csv.toString())
        .post("/api/v1/imports/crm/accounts")
        .then()
        .statusCode(200)
        .body("created", equalTo(2499))
        .body("errors.row", equalTo(List.of(2400)))
        .body("errors[0].reason", containsString("repeats a key"))
        .body("repeatedKeys", equalTo(1));
    given()
        .get("/api/v1/accounts/{id}", prefix + "7")
        .then()
        .body("account.name", equalTo("Account 7"));
  }

  @Test
  void aGzippedSalesforceNdjsonExportIsImportedWithItsFields() throws IOException {
    String ndjson =
        "{\"Id\":\""
            + prefix
            + "sf1\",\"Name\":\"Acme\",\"BillingCountry\":\"United States\","
            + "\"Industry\":\"Software\",\"Website\":\"acme.com\",\"OwnerId\":\"005X\","
            + "\"AnnualRevenue\":2500000.5}\n";
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
      gzip.write(ndjson.getBytes(StandardCharsets.UTF_8));
    }

    given()
        .contentType("application/x-ndjson")
        .header("Content-Encoding", "gzip")
        .queryParam("profile", "salesforce")
        .body(gzipped.toByteArray())
        .post("/api/v1/imports/crm/accounts")
        .then()
        .statusCode(200)
        .body("format", equalTo("NDJSON"))
        .body("profile", equalTo("salesforce"))
        .body("created", equalTo(1));

    given()
        .get("/api/v1/accounts/{id}", prefix + "sf1")
        .then()
        .body("account.country", equalTo("US"))
        .body("account.industry", equalTo("Software"))
        .body("account.ownerId", equalTo("005X"))
        .body("account.annualRevenue", equalTo(2500000.5f));
    assertThat(firstEvent(Topics.ACCOUNTS, prefix + "sf1")).contains("\"website\":\"acme.com\"");
  }

  @Test
  void accountsWithoutCoordinatesArePlacedByThePostalCodeReference() {
    String zip = String.valueOf(10_000 + Math.abs(prefix.hashCode() % 80_000));
    given()
        .contentType("text/csv")
        .body("country,postal_code,lat,lon,name\nUS," + zip + ",40.5,-74.25,Test town\n")
        .post("/api/v1/imports/census/postal-codes")
        .then()
        .statusCode(200)
        .body("entity", equalTo("postal code"))
        .body("created", equalTo(1));

    given()
        .contentType("application/x-ndjson")
        .body(
            ("{\"id\":\""
                    + prefix
                    + "g1\",\"name\":\"Placed\",\"postal_code\":\""
                    + zip
                    + "\",\"country\":\"US\"}\n"
                    + "{\"id\":\""
                    + prefix
                    + "g2\",\"name\":\"Nowhere\",\"postal_code\":\"00000\"}\n"
                    + "{\"id\":\""
                    + prefix
                    + "g3\",\"name\":\"Given\",\"lat\":1,\"lon\":2}\n")
                .getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/imports/crm/accounts")
        .then()
        .statusCode(200)
        .body("geocoded", equalTo(1))
        .body("notGeocoded", equalTo(1));

    given()
        .get("/api/v1/accounts/{id}", prefix + "g1")
        .then()
        .body("account.latitude", equalTo(40.5f))
        .body("account.longitude", equalTo(-74.25f))
        .body("account.locationSource", equalTo("POSTAL_CODE"));
    given()
        .get("/api/v1/accounts/{id}", prefix + "g3")
        .then()
        .body("account.latitude", equalTo(1.0f))
        .body("account.locationSource", equalTo("GIVEN"));
  }

  @Test
  void leadsWithoutCoordinatesArePlacedByThePostalCodeReferenceToo() {
    String zip = String.valueOf(10_000 + Math.abs((prefix + "lead").hashCode() % 80_000));
    given()
        .contentType("text/csv")
        .body("country,postal_code,lat,lon,name\nUS," + zip + ",41.5,-72.25,Lead town\n")
        .post("/api/v1/imports/census/postal-codes")
        .then()
        .statusCode(200);

    given()
        .contentType("text/csv")
        .queryParam("profile", "salesforce")
        .body(
            "Id,Company,LeadSource,PostalCode,Country,Latitude,Longitude\n"
                + prefix
                + "l1,Placed Inc,Web,"
                + zip
                + ",US,,\n"
                + prefix
                + "l2,Given Inc,Web,,,1.5,2.5\n"
                + prefix
                + "l3,Half Inc,Web,,,1.5,\n")
        .post("/api/v1/imports/crm/leads")
        .then()
        .statusCode(200)
        .body("accepted", equalTo(2))
        .body("geocoded", equalTo(1))
        .body("errors[0].column", equalTo("Longitude"));

    List<String> events =
        PublishedEvents.await(
                RealInfrastructure.kafkaBootstrapServers(),
                Topics.LEADS,
                key -> key.equals(prefix + "l1") || key.equals(prefix + "l2"),
                2,
                Duration.ofSeconds(20))
            .stream()
            .map(ConsumerRecord::value)
            .toList();
    assertThat(events)
        .anySatisfy(e -> assertThat(e).contains("\"latitude\":41.5", "\"longitude\":-72.25"))
        .anySatisfy(e -> assertThat(e).contains("\"latitude\":1.5", "\"longitude\":2.5"));
  }

  @Test
  void marketingSpendAndCrmUsersAreImportedAndPublished() {
    given()
        .contentType("application/json")
        .body(
            "[{\"id\":\""
                + prefix
                + "S1\",\"campaign\":\"Spring\",\"channel\":\"Paid Search\","
                + "\"period_start\":\"2026-03-01\",\"period_end\":\"2026-03-31\","
                + "\"amount\":25000.5,\"country\":\"US\"}]")
        .post("/api/v1/imports/marketing/spend")
        .then()
        .statusCode(200)
        .body("entity", equalTo("spend"))
        .body("created", equalTo(1));
    given()
        .contentType("text/csv")
        .queryParam("profile", "salesforce")
        .body("Id,Name,Email\n" + prefix + "U1,Avery Chen,avery@example.com\n")
        .post("/api/v1/imports/salesforce/users")
        .then()
        .statusCode(200)
        .body("entity", equalTo("user"))
        .body("created", equalTo(1));

    assertThat(firstEvent(Topics.SPEND, prefix + "S1"))
        .contains("\"source\":\"marketing\"", "\"amount\":25000.5", "\"periodEnd\":\"2026-03-31\"");
    assertThat(firstEvent(Topics.USERS, prefix + "U1"))
        .contains("\"name\":\"Avery Chen\"", "\"active\":true");
  }

  @Test
  void marketDataIsImportedAndPublishedOnOneTopic() {
    given()
        .contentType("text/csv")
        .body("country,postal_code,lat,lon\nDE," + prefix.substring(0, 8) + ",52.5,13.4\n")
        .post("/api/v1/imports/census/postal-codes")
        .then()
        .statusCode(200);
    given()
        .contentType("text/csv")
        .body("country,postal_code,naics,companies\nDE," + prefix.substring(0, 8) + ",5112,42\n")
        .post("/api/v1/imports/census/firmographics")
        .then()
        .statusCode(200)
        .body("entity", equalTo("firmographic count"))
        .body("created", equalTo(1))
        .body("geocoded", equalTo(1));
    given()
        .contentType("text/csv")
        .body("id,competitor,lat,lon\n" + prefix + "K1,Globex,40.7,-74.0\n")
        .post("/api/v1/imports/intel/competitor-locations")
        .then()
        .statusCode(200)
        .body("created", equalTo(1));
    given()
        .contentType("text/csv")
        .body("region,indicator,period,value\n" + prefix + "R,population_growth,2025-07,-0.4\n")
        .post("/api/v1/imports/stats/economic-indicators")
        .then()
        .statusCode(200)
        .body("created", equalTo(1));

    assertThat(
            PublishedEvents.await(
                    RealInfrastructure.kafkaBootstrapServers(),
                    Topics.MARKET,
                    key -> key.toLowerCase(Locale.ROOT).contains(prefix.substring(0, 8)),
                    3,
                    Duration.ofSeconds(20))
                .stream()
                .map(ConsumerRecord::value)
                .toList())
        .anySatisfy(
            event ->
                assertThat(event)
                    .contains(
                        "\"type\":\"FirmographicCountUpserted\"",
                        "\"companies\":42",
                        "\"latitude\":52.5"))
        .anySatisfy(
            event ->
                assertThat(event)
                    .contains(
                        "\"type\":\"CompetitorLocationUpserted\"", "\"competitor\":\"Globex\""))
        .anySatisfy(
            event ->
                assertThat(event)
                    .contains("\"type\":\"EconomicIndicatorUpserted\"", "\"value\":-0.4"));
  }

  @Test
  void leadsAreImportedAndPublishedAndAnUnknownKindIsAProblem() {
    given()
        .contentType("text/csv")
        .queryParam("profile", "salesforce")
        .body(
            "Id,Company,LeadSource,IsConverted,ConvertedAccountId,CreatedDate\n"
                + prefix
                + "L1,Acme,Web,true,A1,2025-09-01T10:00:00.000+0000\n")
        .post("/api/v1/imports/salesforce/leads")
        .then()
        .statusCode(200)
        .body("entity", equalTo("lead"))
        .body("created", equalTo(1));

    assertThat(firstEvent(Topics.LEADS, prefix + "L1"))
        .contains(
            "\"converted\":true", "\"convertedAccountId\":\"A1\"", "\"source\":\"salesforce\"");
    given()
        .contentType("text/csv")
        .body("id,name\n")
        .post("/api/v1/imports/crm/invoices")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
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

  /** The first event published on a topic under a key. */
  private static String firstEvent(String topic, String key) {
    return PublishedEvents.await(
            RealInfrastructure.kafkaBootstrapServers(),
            topic,
            key::equals,
            1,
            Duration.ofSeconds(20))
        .get(0)
        .value();
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
