package com.territoryplanner.balancing.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.territoryplanner.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A body over the service's limit (10 MB by default) is a 413 problem, not a dropped line. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class RequestLimitsTest {

  @TestHTTPResource("/api/v1/reps")
  URI reps;

  @Test
  void anOversizedBodyIsRefusedAs413ProblemJson() throws Exception {
    byte[] body = new byte[11 * 1024 * 1024];
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(reps)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(answer.body()).contains("\"status\":413", "payload-too-large");
  }
}
