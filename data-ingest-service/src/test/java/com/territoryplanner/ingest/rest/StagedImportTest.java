package com.territoryplanner.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.territoryplanner.contracts.Topics;
import com.territoryplanner.ingest.HeldTransaction;
import com.territoryplanner.ingest.domain.ImportFormat;
import com.territoryplanner.ingest.domain.ImportOptions;
import com.territoryplanner.ingest.domain.ImportReport;
import com.territoryplanner.ingest.domain.RejectThreshold;
import com.territoryplanner.ingest.repository.ImportRepository;
import com.territoryplanner.ingest.repository.ImportRunEntity;
import com.territoryplanner.ingest.repository.StagedRows;
import com.territoryplanner.ingest.repository.StagedRows.StagedRow;
import com.territoryplanner.testsupport.PublishedEvents;
import com.territoryplanner.testsupport.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Imports that answer once their rows are staged (Prefer: respond-async). */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class StagedImportTest {

  private final String prefix = UUID.randomUUID().toString().substring(0, 8) + "-";

  @Inject ImportRepository imports;
  @Inject StagedRows stagedRows;

  @Test
  void aStagedImportAnswersWhenItsRowsAreDurableAndIsAppliedBatchByBatch() {
    StringBuilder csv = new StringBuilder("id,name,postal_code,country,lat,lon\n");
    for (int i = 1; i <= 2500; i++) {
      String id = prefix + (i == 2400 ? 7 : i);
      if (i == 1200) {
        csv.append(id).append(",Off the map,10001,US,400,-73.9\n");
      } else if (i == 1500) {
        csv.append(id)
            .append(",\"Quoted, with\na line break, in Zürich 🏔\",10001,US,40.7,-73.9\n");
      } else {
        csv.append(id).append(",Account ").append(i).append(",10001,US,40.7,-73.9\n");
      }
    }

    ValidatableResponse answer =
        postStaged(csv.toString())
            .header("Preference-Applied", "respond-async")
            .body("status", equalTo("APPLYING"))
            .body("rows", equalTo(2500))
            .body("rejected", equalTo(1))
            .body("errors[0].row", equalTo(1200))
            .body("errors[0].column", equalTo("lat"))
            .body("created", equalTo(0));
    String importId = answer.extract().path("importId");
    assertThat(answer.extract().header("Location")).endsWith("/api/v1/imports/" + importId);

    JsonPath report = applied(importId);
    assertThat(report.getString("status")).isEqualTo("COMPLETED");
    assertThat(report.getInt("accepted")).isEqualTo(2498);
    assertThat(report.getInt("created")).isEqualTo(2498);
    assertThat(report.getInt("rejected")).isEqualTo(2);
    assertThat(report.getInt("repeatedKeys")).isEqualTo(1);
    assertThat(report.getList("errors.row", Integer.class)).containsExactly(1200, 2400);
    assertThat(report.getString("errors[1].reason")).contains("repeats a key");
    assertThat(report.getInt("quality.linkedBy.FIRST_RECORD")).isEqualTo(2498);
    assertThat(report.getFloat("quality.completeness.postalCode")).isEqualTo(1.0f);

    // the first row with a key is the one applied, as in an import applied at once
    assertAccountNamed(prefix + "7", "Account 7");
    assertAccountNamed(prefix + "1500", "Quoted, with\na line break, in Zürich 🏔");
    given().get("/api/v1/accounts/{id}", prefix + "1200").then().statusCode(404);
    assertThat(rejectsFile(importId))
        .containsExactly(
            "reject_row,reject_column,reject_reason,id,name,postal_code,country,lat,lon",
            "1200,lat,must be between -90 and 90," + prefix + "1200,Off the map,10001,US,400,-73.9",
            "2400,id,repeats a key an earlier row of this import has,"
                + prefix
                + "7,Account 2400,10001,US,40.7,-73.9");
    assertThat(keysPublished(2498)).hasSize(2498);
  }

  @Test
  void aWholeBatchOfRepeatedKeysIsTurnedAwayAndTheBatchesAroundItApplied() {
    // rows 1001 to 2000, one staged batch, repeat keys of the first thousand; 2001 to 2500 do not
    StringBuilder csv = new StringBuilder("id,name\n");
    for (int i = 1; i <= 2500; i++) {
      int key = i > 1000 && i <= 2000 ? i - 1000 : i;
      csv.append(prefix).append(key).append(",Row ").append(i).append('\n');
    }

    String importId = postStaged(csv.toString()).extract().path("importId");

    JsonPath report = applied(importId);
    assertThat(report.getString("status")).isEqualTo("COMPLETED");
    assertThat(report.getInt("accepted")).isEqualTo(1500);
    assertThat(report.getInt("created")).isEqualTo(1500);
    assertThat(report.getInt("repeatedKeys")).isEqualTo(1000);
    assertThat(report.getInt("rejected")).isEqualTo(1000);
    assertAccountNamed(prefix + "5", "Row 5");
    assertAccountNamed(prefix + "2001", "Row 2001");
    String[] rejects = rejectsFile(importId);
    assertThat(rejects).hasSize(1001);
    assertThat(rejects[1000])
        .isEqualTo(
            "2000,id,repeats a key an earlier row of this import has," + prefix + "1000,Row 2000");
  }

  @Test
  void anApplyStoppedAfterABatchResumesWithTheRowsStillStaged() {
    // what a stop after the first batch leaves: the run APPLYING with that batch counted, and only
    // the rows after it staged (the batch's own rows went with its commit)
    UUID importId = UUID.randomUUID();
    List<StagedRow> rest = new ArrayList<>();
    for (int i = 1001; i <= 2500; i++) {
      rest.add(new StagedRow(i, prefix + i, prefix + i + ",Resumed " + i));
    }
    stageByHand(importId, "account", 2500, 1000, rest);

    JsonPath report = applied(importId.toString());

    assertThat(report.getString("status")).isEqualTo("COMPLETED");
    assertThat(report.getInt("created")).isEqualTo(2500);
    given()
        .get("/api/v1/accounts/{id}", prefix + "2500")
        .then()
        .statusCode(200)
        .body("account.name", equalTo("Resumed 2500"));
    given().get("/api/v1/accounts/{id}", prefix + "1000").then().statusCode(404);
  }

  @Test
  void workersApplyTheRowsNoOtherHoldsAndTheImportEndsOnlyOnceNoneIsStaged() throws Exception {
    UUID importId = UUID.randomUUID();
    List<StagedRow> rows = new ArrayList<>();
    for (int i = 1; i <= 2500; i++) {
      rows.add(new StagedRow(i, prefix + i, prefix + i + ",Held " + i));
    }
    // staged first, its run saved once the rows are held: no apply starts before
    QuarkusTransaction.requiringNew().run(() -> stageRows(importId, rows));
    // another worker (of this or another replica) holds the first batch, then fails
    try (HeldTransaction other =
        HeldTransaction.hold(
            () -> assertThat(stagedRows.claim(importId, 0).orElseThrow().rows()).hasSize(1000))) {
      QuarkusTransaction.requiringNew().run(() -> saveRun(importId, "account", 2500, 0));

      JsonPath partly = report(importId, r -> r.getInt("created") == 1500);
      Thread.sleep(2000); // two more ticks of the apply, which must find the held rows staged
      JsonPath waiting = report(importId, r -> true);
      assertThat(partly.getInt("created")).isEqualTo(1500);
      assertThat(waiting.getString("status")).isEqualTo("APPLYING");
      assertThat(waiting.getInt("created")).isEqualTo(1500);
      given().get("/api/v1/accounts/{id}", prefix + "1").then().statusCode(404);

      other.rollBack();
    }

    // the rows the failed worker gave back are applied, each once
    JsonPath report = applied(importId.toString());
    assertThat(report.getString("status")).isEqualTo("COMPLETED");
    assertThat(report.getInt("created")).isEqualTo(2500);
    assertThat(report.getInt("unchanged")).isZero();
    given().get("/api/v1/accounts/{id}", prefix + "1").then().statusCode(200);
  }

  @Test
  void anImportWhoseApplyKeepsFailingDoesNotHoldUpTheImportsAfterItAndStopsSayingWhy() {
    // a run no apply can read (its kind unknown), two rows staged, waits ahead of a good import
    UUID broken = UUID.randomUUID();
    stageByHand(
        broken,
        "no such kind",
        2,
        0,
        List.of(
            new StagedRow(2, prefix + "b2", prefix + "b2,Broken 2"),
            new StagedRow(3, prefix + "b3", prefix + "b3,Broken 3")));
    try {
      String importId =
          postStaged("id,name\n" + prefix + "after,After the broken one\n")
              .extract()
              .path("importId");
      assertThat(applied(importId).getInt("created")).isEqualTo(1);

      // tried once a second, it stops after its fifth failure in a row
      JsonPath failed = applied(broken.toString());
      assertThat(failed.getString("status")).isEqualTo("APPLY_FAILED");
      assertThat(failed.getInt("created")).isZero();
      assertThat(failed.getString("failure"))
          .startsWith("applying failed 5 times in a row; 2 accepted row(s), from row 2 on,")
          .contains("Importing the file again applies them");
      assertThat(QuarkusTransaction.requiringNew().call(() -> stagedRows.anyStaged(broken)))
          .isFalse();
    } finally {
      // should the apply still be trying, no later test meets it
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                ImportRunEntity run = imports.lockRun(broken);
                if ("APPLYING".equals(run.status)) {
                  run.status = "COMPLETED";
                }
              });
    }
  }

  @Test
  void rejectionsSavedWhileRowsAreStagedLoseNoStagedRow() {
    // more rejections than are held in memory: they are saved while the staging goes on
    StringBuilder csv = new StringBuilder("id,name,lat,lon\n");
    for (int i = 1; i <= 3000; i++) {
      csv.append(prefix).append(i).append(i % 2 == 0 ? ",Bad,91,2\n" : ",Good,1,2\n");
    }

    String importId =
        postStaged(csv.toString()).body("rejected", equalTo(1500)).extract().path("importId");

    JsonPath report = applied(importId);
    assertThat(report.getInt("created")).isEqualTo(1500);
    assertThat(report.getInt("rejected")).isEqualTo(1500);
    given().get("/api/v1/accounts/{id}", prefix + "2999").then().statusCode(200);
  }

  @Test
  void stagedJsonRowsAreAppliedWithTheImportsProfileAndCustomMapping() {
    String ndjson =
        "{\"Id\":\""
            + prefix
            + "h1\",\"Company Name\":\"Hub One\",\"BillingCountry\":\"Germany\"}\n"
            + "{\"Id\":\""
            + prefix
            + "h2\",\"Company Name\":\"Hub Two\",\"AnnualRevenue\":\"-5\"}\n";

    String importId =
        given()
            .contentType("application/x-ndjson")
            .header("Prefer", "wait=5, respond-async")
            .queryParam("profile", "salesforce")
            .queryParam("map", "name:Company Name")
            .body(ndjson.getBytes(StandardCharsets.UTF_8))
            .post("/api/v1/imports/crm/accounts")
            .then()
            .statusCode(202)
            .body("rejected", equalTo(1))
            .body("profile", equalTo("salesforce+custom"))
            .extract()
            .path("importId");

    assertThat(applied(importId).getInt("created")).isEqualTo(1);
    given()
        .get("/api/v1/accounts/{id}", prefix + "h1")
        .then()
        .body("account.name", equalTo("Hub One"))
        .body("account.country", equalTo("DE"));
  }

  @Test
  void aDryRunAsksNothingToBeStagedAndAnswersAtOnce() {
    given()
        .contentType("text/csv")
        .header("Prefer", "respond-async")
        .queryParam("dryRun", true)
        .body("id,name\n" + prefix + "d1,Dry\n")
        .post("/api/v1/imports/crm/accounts")
        .then()
        .statusCode(200)
        .header("Preference-Applied", nullValue())
        .body("created", equalTo(1));
    given().get("/api/v1/accounts/{id}", prefix + "d1").then().statusCode(404);
  }

  @Test
  void aStagedImportOverItsRejectThresholdStagesNothing() {
    given()
        .contentType("text/csv")
        .header("Prefer", "respond-async")
        .queryParam("maxRejectedRows", 0)
        .body("id,name,lat,lon\n" + prefix + "t1,Fine,1,2\n" + prefix + "t2,Bad,91,2\n")
        .post("/api/v1/imports/crm/accounts")
        .then()
        .statusCode(422)
        .body("type", containsString("reject-threshold-exceeded"));
    given().get("/api/v1/accounts/{id}", prefix + "t1").then().statusCode(404);
  }

  /**
   * What an apply of a generic CSV import from crm leaves to do: its run APPLYING with {@code
   * created} rows counted, and these rows staged.
   */
  private void stageByHand(
      UUID importId, String entity, long rows, long created, List<StagedRow> staged) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              stageRows(importId, staged);
              saveRun(importId, entity, rows, created);
            });
  }

  /** Stages the rows in batches of 1,000, as an import reads them. */
  private void stageRows(UUID importId, List<StagedRow> staged) {
    StagedRows.Stager stager = stagedRows.stager(importId);
    for (int from = 0; from < staged.size(); from += 1000) {
      stager.stage(staged.subList(from, Math.min(from + 1000, staged.size())));
    }
    stager.pause();
  }

  /** The run of a generic CSV import from crm, APPLYING with {@code created} rows counted. */
  private void saveRun(UUID importId, String entity, long rows, long created) {
    imports.saveStagedRun(
        new ImportReport(
            importId,
            entity,
            "CSV",
            "generic",
            false,
            "COMPLETED",
            rows,
            rows,
            0,
            created,
            0,
            0,
            0,
            0,
            0,
            null,
            null,
            List.of()),
        "id,name",
        "crm",
        new ImportOptions(ImportFormat.CSV, "generic", List.of(), false, RejectThreshold.NONE));
  }

  /** Posts a CSV import of crm accounts with Prefer: respond-async; its 202 answer. */
  private static ValidatableResponse postStaged(String csv) {
    return given()
        .contentType("text/csv")
        .header("Prefer", "respond-async")
        .body(csv.getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/imports/crm/accounts")
        .then()
        .statusCode(202);
  }

  /** The import's rejects file, a line each. */
  private static String[] rejectsFile(String importId) {
    return given()
        .get("/api/v1/imports/{id}/rejects", importId)
        .then()
        .statusCode(200)
        .extract()
        .asString()
        .split("\r\n");
  }

  private static void assertAccountNamed(String accountId, String name) {
    given().get("/api/v1/accounts/{id}", accountId).then().body("account.name", equalTo(name));
  }

  /** The report once the background apply has finished (its status no longer APPLYING). */
  private static JsonPath applied(String importId) {
    return report(UUID.fromString(importId), r -> !"APPLYING".equals(r.getString("status")));
  }

  /** The report once it shows what is waited for, or as it stands after 30 s. */
  private static JsonPath report(UUID importId, Predicate<JsonPath> waitedFor) {
    Instant deadline = Instant.now().plusSeconds(30);
    while (true) {
      JsonPath report = given().get("/api/v1/imports/{id}", importId).then().extract().jsonPath();
      if (waitedFor.test(report) || Instant.now().isAfter(deadline)) {
        return report;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private List<String> keysPublished(int expected) {
    return PublishedEvents.await(
            RealInfrastructure.kafkaBootstrapServers(),
            Topics.ACCOUNTS,
            key -> key.startsWith(prefix),
            expected,
            Duration.ofSeconds(30))
        .stream()
        .map(ConsumerRecord::key)
        .toList();
  }
}
