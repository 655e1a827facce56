package com.territoryplanner.balancing.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.territoryplanner.platform.security.LocalTokens;
import com.territoryplanner.platform.security.Roles;
import com.territoryplanner.testsupport.RealInfrastructure;
import com.territoryplanner.testsupport.TestIdentities;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who may call what, over plain HTTP with exactly the credentials each case names: bearer tokens
 * verified against the trusted key, an integration's API key, and the roles on each endpoint.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class AccessTest {

  private static final String REP = "{\"name\":\"Access\",\"homeLatitude\":50,\"homeLongitude\":8}";

  private final HttpClient http = HttpClient.newHttpClient();

  @TestHTTPResource("/")
  URI base;

  @Test
  void withoutValidCredentialsNothingIsAnsweredButA401Problem() throws Exception {
    String foreign =
        new LocalTokens().token("intruder", List.of(Roles.ADMIN), Duration.ofMinutes(5));
    for (String authorization :
        new String[] {
          null,
          "Bearer not-a-token",
          "Bearer " + foreign, // signed by a key the service does not trust
          "Bearer " + TestIdentities.expiredToken(Roles.ADMIN),
          "Basic YWRtaW46YWRtaW4="
        }) {
      HttpResponse<String> answer = send("GET", "api/v1/reps", authorization, null, null);
      assertThat(answer.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
      assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
      assertThat(answer.body()).contains("\"status\":401").doesNotContain("Exception");
    }
    HttpResponse<String> wrongKey = send("GET", "api/v1/assignments", null, "not-the-key", null);
    assertThat(wrongKey.statusCode()).isEqualTo(401);
  }

  @Test
  void aViewerReadsButChangesNothing() throws Exception {
    String viewer = bearer(Roles.VIEWER);
    assertThat(send("GET", "api/v1/reps", viewer, null, null).statusCode()).isEqualTo(200);
    assertThat(send("GET", "api/v1/assignments", viewer, null, null).statusCode()).isEqualTo(200);
    HttpResponse<String> refused = send("POST", "api/v1/reps", viewer, null, REP);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(refused.body()).contains("\"status\":403");
  }

  @Test
  void anIntegrationPullsAssignmentsButEditsNoPlan() throws Exception {
    for (String[] credentials :
        new String[][] {
          {bearer(Roles.INTEGRATION), null}, {null, TestIdentities.integrationApiKey()}
        }) {
      assertThat(
              send("GET", "api/v1/assignments", credentials[0], credentials[1], null).statusCode())
          .isEqualTo(200);
      assertThat(
              send("GET", "api/v1/owners?postalCode=10001", credentials[0], credentials[1], null)
                  .statusCode())
          .isIn(200, 404);
      assertThat(
              send(
                      "PATCH",
                      "api/v1/plans/" + UUID.randomUUID(),
                      credentials[0],
                      credentials[1],
                      "{\"name\":\"mine now\"}")
                  .statusCode())
          .isEqualTo(403);
      assertThat(send("POST", "api/v1/reps", credentials[0], credentials[1], REP).statusCode())
          .isEqualTo(403);
    }
  }

  @Test
  void aPlannerChangesPlansAndAnAdminDoesAll() throws Exception {
    assertThat(send("POST", "api/v1/reps", bearer(Roles.PLANNER), null, REP).statusCode())
        .isEqualTo(201);
    assertThat(send("POST", "api/v1/reps", bearer(Roles.ADMIN), null, REP).statusCode())
        .isEqualTo(201);
  }

  @Test
  void healthStaysOpenForProbes() throws Exception {
    assertThat(send("GET", "q/health/live", null, null, null).statusCode()).isEqualTo(200);
  }

  private static String bearer(String role) {
    return "Bearer " + TestIdentities.token(role);
  }

  private HttpResponse<String> send(
      String method, String path, String authorization, String apiKey, String json)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (apiKey != null) {
      request.header("X-Api-Key", apiKey);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
