package com.territoryplanner.balancing.rest;

import static com.territoryplanner.balancing.rest.PlanningApi.await;
import static com.territoryplanner.balancing.rest.PlanningApi.awaitJob;
import static com.territoryplanner.balancing.rest.PlanningApi.createPlan;
import static com.territoryplanner.balancing.rest.PlanningApi.createRep;
import static com.territoryplanner.balancing.rest.PlanningApi.grid;
import static com.territoryplanner.balancing.rest.PlanningApi.solveToCompletion;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.territoryplanner.testsupport.RealInfrastructure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Solve jobs as a queue in the database that replicas claim from, on the real database: another
 * replica is played by plain SQL on the same tables.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class SolveQueueFlowTest extends OwnAccountsFlowTest {

  @Inject AgroalDataSource database;

  @Test
  void aJobAnotherReplicaQueuedIsClaimedAndSolvedHere() throws Exception {
    String planId = planOverAGrid("queued");

    insertJob(planId, "QUEUED", null, "null");

    JsonPath job = awaitJob(planId, "COMPLETED");
    assertThat(job.getString("startedAt")).isNotNull();
    assertThat(job.getBoolean("feasible")).isTrue();
    assertThat(territoryAccounts(planId)).isPositive();
  }

  @Test
  void aJobQueuedWhileASolverIsFreeIsClaimedInTheTransactionThatQueuesIt() throws Exception {
    String planId = planOverAGrid("claimed");
    await("no job queued or solving", () -> runningJobs() == 0);

    JsonPath queued =
        given()
            .contentType("application/json")
            .body(Map.of("seconds", 1))
            .post("/api/v1/plans/{id}/solve", planId)
            .then()
            .statusCode(202)
            .extract()
            .jsonPath();

    // claimed before the answer: no other replica's poll could have taken it in between
    assertThat(queued.getString("status")).isEqualTo("SOLVING");
    assertThat(queued.getString("startedAt")).isNotNull();
    assertThat(awaitJob(planId, "COMPLETED").getBoolean("feasible")).isTrue();
  }

  @Test
  void aJobWhoseReplicaWasKilledFailsAndThePlanKeepsItsSolution() throws Exception {
    String planId = planOverAGrid("killed");
    solveToCompletion(planId, 1);
    JsonPath solved = plan(planId);

    // a replica claimed a second solve and was killed: its heartbeat stopped five minutes ago
    insertJob(planId, "SOLVING", "balancing-killed", "now() - interval '5 minutes'");

    JsonPath failed = awaitJob(planId, "FAILED");
    assertThat(failed.getString("error")).contains("replica solving the job stopped");
    JsonPath after = plan(planId);
    assertThat(after.getString("status")).isEqualTo("DRAFT");
    assertThat(after.getList("territories.accountCount"))
        .isEqualTo(solved.getList("territories.accountCount"));
    // and the plan can be solved again at once
    assertThat(solveToCompletion(planId, 1).getBoolean("feasible")).isTrue();
  }

  private String planOverAGrid(String name) throws Exception {
    grid(json, prefix, name, 4, 2, i -> 5_000);
    String west = createRep(prefix + "West", 50.05, 8.0);
    String east = createRep(prefix + "East", 50.05, 8.25);
    return createPlan(prefix + name, List.of(west, east));
  }

  private void insertJob(String planId, String status, String replica, String heartbeat)
      throws Exception {
    try (Connection connection = database.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into solve_job (id, plan_id, status, seconds, created_at, started_at,"
                    + " claimed_by, heartbeat_at) values (?, ?, ?, 1, now(), "
                    + heartbeat
                    + ", ?, "
                    + heartbeat
                    + ")")) {
      insert.setObject(1, UUID.randomUUID());
      insert.setObject(2, UUID.fromString(planId));
      insert.setString(3, status);
      insert.setString(4, replica);
      assertThat(insert.executeUpdate()).isEqualTo(1);
    }
  }

  private long runningJobs() {
    try (Connection connection = database.getConnection();
        PreparedStatement count =
            connection.prepareStatement(
                "select count(*) from solve_job where status in ('QUEUED', 'SOLVING')");
        ResultSet rows = count.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonPath plan(String planId) {
    return given().get("/api/v1/plans/{id}", planId).then().statusCode(200).extract().jsonPath();
  }

  private static int territoryAccounts(String planId) {
    return plan(planId).getList("territories.accountCount", Integer.class).stream()
        .mapToInt(Integer::intValue)
        .sum();
  }
}
