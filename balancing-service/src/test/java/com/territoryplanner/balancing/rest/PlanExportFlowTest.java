package com.territoryplanner.balancing.rest;

import static com.territoryplanner.balancing.rest.PlanningApi.await;
import static com.territoryplanner.balancing.rest.PlanningApi.createPlan;
import static com.territoryplanner.balancing.rest.PlanningApi.grid;
import static com.territoryplanner.balancing.rest.PlanningApi.segment;
import static com.territoryplanner.balancing.rest.PlanningApi.send;
import static com.territoryplanner.balancing.rest.PlanningApi.solveToCompletion;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.territoryplanner.contracts.Topics;
import com.territoryplanner.testsupport.RealInfrastructure;
import com.territoryplanner.testsupport.TestAccounts;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

/** A solved plan in the files Salesforce and HubSpot import, on the real database. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class PlanExportFlowTest extends OwnAccountsFlowTest {

  private static final String MODEL = "0MCxx0000000001";
  private static final String TYPE = "0M5xx0000000001AAA";

  @Test
  void territoriesAndOwnersExportInTheCrmsColumnSets() throws Exception {
    List<String> accounts = grid(json, prefix, "export", 6, 4, i -> 3_000);
    String formula = prefix + "formula";
    try (KafkaProducer<String, String> producer = RealInfrastructure.kafkaProducer()) {
      send(
          json,
          producer,
          Topics.ACCOUNTS,
          formula,
          TestAccounts.upsert(formula)
              .name("=2+3")
              .postalCode(prefix + "f")
              .country("DE")
              .at(50.05, 8.1)
              .build());
      send(json, producer, Topics.SEGMENTS, formula, segment(UUID.randomUUID(), formula, 3_000));
    }
    await(
        "planning copy of " + formula,
        () ->
            given().get("/api/v1/planning-accounts/{id}", formula).jsonPath().get("potential")
                != null);
    String west = rep("@West Zoë", "west@example.com", 50.1, 8.0);
    String east = rep("-East", null, 50.1, 8.25);
    String planId = createPlan(prefix + "export", List.of(west, east));

    given()
        .queryParam("territory2ModelId", MODEL)
        .queryParam("territory2TypeId", TYPE)
        .get("/api/v1/plans/{id}/exports/salesforce/territory2", planId)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    solveToCompletion(planId, 1);

    given()
        .queryParam("territory2ModelId", "not an id")
        .get("/api/v1/plans/{id}/exports/salesforce/territory2", planId)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("territory2ModelId", "territory2TypeId"));
    String territory2 =
        given()
            .queryParam("territory2ModelId", MODEL)
            .queryParam("territory2TypeId", TYPE)
            .get("/api/v1/plans/{id}/exports/salesforce/territory2", planId)
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .extract()
            .asString();
    List<String> lines = territory2.lines().toList();
    // the createable fields of Salesforce's Territory2 object, as Data Loader names them
    assertThat(lines.get(0))
        .isEqualTo(
            "DeveloperName,Name,Description,Territory2ModelId,Territory2TypeId,"
                + "AccountAccessLevel,OpportunityAccessLevel,CaseAccessLevel");
    assertThat(lines.subList(1, lines.size()))
        .containsExactly(
            "East,"
                + "'-East,Rep: -East,"
                + MODEL
                + ","
                + TYPE
                + ",Read/Write,Read/Write,Read/Write",
            "West_Zoe,"
                + "'@West Zoë,Rep: @West Zoë,"
                + MODEL
                + ","
                + TYPE
                + ",Read/Write,Read/Write,Read/Write");

    given()
        .contentType("application/json")
        .body(
            Map.of(
                "territory2Ids", Map.of("East", "0MIxx0000000001", "Nowhere", "0MIxx0000000002")))
        .post("/api/v1/plans/{id}/exports/salesforce/object-territory2-associations", planId)
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("territory2Ids.West_Zoe", "territory2Ids.Nowhere"));
    String associations =
        given()
            .contentType("application/json")
            .body(
                Map.of(
                    "territory2Ids",
                    Map.of("East", "0MIxx0000000001", "West_Zoe", "0MIxx0000000002")))
            .post("/api/v1/plans/{id}/exports/salesforce/object-territory2-associations", planId)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Map<String, String> owners = new HashMap<>();
    for (String account : accounts) {
      owners.put(
          account,
          given()
              .get("/api/v1/plans/{p}/accounts/{a}/explanation", planId, account)
              .path("territoryName"));
    }
    List<String> rows = associations.lines().toList();
    assertThat(rows.get(0)).isEqualTo("ObjectId,Territory2Id,AssociationCause");
    Map<String, String[]> ours =
        rows.stream()
            .skip(1)
            .map(line -> line.split(","))
            .filter(cells -> cells[0].startsWith(prefix))
            .collect(Collectors.toMap(cells -> cells[0], cells -> cells));
    assertThat(ours.keySet()).containsAll(accounts).contains(formula);
    for (String account : accounts) {
      assertThat(ours.get(account)[1])
          .as(account)
          .isEqualTo(owners.get(account).equals("-East") ? "0MIxx0000000001" : "0MIxx0000000002");
      assertThat(ours.get(account)[2]).isEqualTo("Territory2Manual");
    }

    String hubSpot =
        given()
            .get("/api/v1/plans/{id}/exports/hubspot/company-owners", planId)
            .then()
            .statusCode(200)
            .header(
                "Content-Disposition",
                equalTo("attachment; filename=\"hubspot-company-owners-" + planId + ".csv\""))
            .extract()
            .asString();
    List<String> hubSpotRows = hubSpot.lines().toList();
    assertThat(hubSpotRows.get(0)).isEqualTo("Record ID,Company name,Company owner");
    Map<String, String> byAccount =
        hubSpotRows.stream()
            .skip(1)
            .filter(line -> line.startsWith(prefix))
            .collect(Collectors.toMap(line -> line.split(",")[0], line -> line));
    String first = accounts.get(0);
    assertThat(byAccount.get(first))
        .isEqualTo(
            first
                + ",Account "
                + first
                + ","
                + (owners.get(first).equals("@West Zoë") ? "west@example.com" : "'-East"));
    // a name that would run as a formula in a spreadsheet is shown as text
    assertThat(byAccount.get(formula)).startsWith(formula + ",'=2+3,");
    assertThat(Arrays.stream(hubSpotRows.get(1).split(",")).count()).isEqualTo(3);
  }

  private static String rep(String name, String email, double lat, double lon) {
    Map<String, Object> body =
        new HashMap<>(Map.of("name", name, "homeLatitude", lat, "homeLongitude", lon));
    if (email != null) {
      body.put("email", email);
    }
    return given()
        .contentType("application/json")
        .body(body)
        .post("/api/v1/reps")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
