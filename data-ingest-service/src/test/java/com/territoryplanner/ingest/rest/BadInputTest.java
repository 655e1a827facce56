package com.territoryplanner.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.territoryplanner.ingest.domain.AccountColumns;
import com.territoryplanner.ingest.domain.OpportunityColumns;
import com.territoryplanner.testsupport.BadJsonBodies;
import com.territoryplanner.testsupport.EveryOperationProbes;
import com.territoryplanner.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bad bodies of every kind against the endpoints that take one JSON object (a CRM's push of an
 * account or an opportunity, a hand-made link): none is a 500; each is a 4xx problem+json, or a
 * success where the odd values happen to make a valid record; a refused push stores nothing and a
 * refused link changes no golden account.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class BadInputTest extends EveryOperationProbes {

  private final String prefix = "bad-" + UUID.randomUUID().toString().substring(0, 8) + "-";

  @Test
  void noBadAccountPushIsA500AndARefusedOneStoresNothing() {
    Set<String> fields = new TreeSet<>(new AccountColumns().columns());
    fields.add("goldenAccountId");
    List<byte[]> bodies = BadJsonBodies.forFields(11, fields.toArray(String[]::new));
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      String id = prefix + i;
      Response answer =
          given()
              .contentType("application/json")
              .body(bodies.get(i))
              .put("/api/v1/sources/crm/accounts/{id}", id);
      if (answer.statusCode() == 200) {
        continue;
      }
      if (!BadJsonBodies.refused(answer)) {
        failures.add(answer.statusCode() + " " + BadJsonBodies.abbreviated(bodies.get(i)));
      } else if (given().get("/api/v1/accounts/{id}", id).statusCode() != 404) {
        failures.add("refused but stored: " + BadJsonBodies.abbreviated(bodies.get(i)));
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void noBadOpportunityPushIsA500() {
    assertThat(
            BadJsonBodies.serverFailures(
                "PUT",
                "/api/v1/sources/crm/opportunities/" + prefix + "deal",
                BadJsonBodies.forFields(
                    12, new TreeSet<>(new OpportunityColumns().columns()).toArray(String[]::new))))
        .isEmpty();
  }

  @Test
  void noBadLinkIsA500OrAChangeOfTheGoldenAccount() {
    String id = prefix + "linked";
    given()
        .contentType("application/json")
        .body("{\"name\":\"Linked\"}")
        .put("/api/v1/sources/crm/accounts/{id}", id)
        .then()
        .statusCode(200);

    assertThat(
            BadJsonBodies.failures(
                "POST",
                "/api/v1/accounts/" + id + "/links",
                BadJsonBodies.forFields(13, "source", "externalId")))
        .isEmpty();
    assertThat(given().get("/api/v1/accounts/{id}", id).jsonPath().getList("sources")).hasSize(1);
  }
}
