package com.territoryplanner.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.territoryplanner.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class DataQualityResourceTest {

  @Test
  void reportsCompletenessDuplicatesAndUnplaceableAccountsOfASource() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String source = "quality-" + tag;
    given()
        .contentType("text/csv")
        .body(
            "id,name,postal_code,country,lat,lon,website\n"
                + tag
                + "-1,\"Acme, Inc.\",10001,US,40.7,-74.0,https://www.acme.example/about\n"
                + tag
                + "-2,ACME Inc,10001,US,,,acme.example\n"
                + tag
                + "-3,Beta,,,,,\n"
                + tag
                + "-4,Gamma,60601,US,41.9,-87.6,http://gamma.example\n")
        .post("/api/v1/imports/{source}/accounts", source)
        .then()
        .statusCode(200);
    given()
        .contentType("text/csv")
        .body(
            "id,account_id,stage\n" + tag + "-o1," + tag + "-1,Open\n" + tag + "-o2,nobody,Open\n")
        .post("/api/v1/imports/{source}/opportunities", source)
        .then()
        .statusCode(200);

    given()
        .queryParam("source", source)
        .get("/api/v1/data-quality")
        .then()
        .statusCode(200)
        .body("accounts", equalTo(4))
        .body("completeness.postalCode", equalTo(0.75f))
        .body("completeness.location", equalTo(0.5f))
        .body("completeness.website", equalTo(0.75f))
        .body("withoutLocation", equalTo(2))
        .body("duplicateNameAndPostalCode", equalTo(2))
        .body("duplicateWebDomain", equalTo(2))
        .body("stale", equalTo(0))
        .body("opportunities", equalTo(2))
        .body("opportunitiesWithoutKnownAccount", equalTo(1));
  }
}
