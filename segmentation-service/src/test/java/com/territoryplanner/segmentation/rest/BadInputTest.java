package com.territoryplanner.segmentation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.territoryplanner.testsupport.BadJsonBodies;
import com.territoryplanner.testsupport.EveryOperationProbes;
import com.territoryplanner.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bad segmentation models of every kind: each is refused as a 4xx problem+json, none is a 500, and
 * no version of the model is stored.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class BadInputTest extends EveryOperationProbes {

  @Test
  void noBadModelIsA500OrAPartialWrite() {
    String versions = "/api/v1/segment-models/bad-" + UUID.randomUUID() + "/versions";

    assertThat(
            BadJsonBodies.failures(
                "POST", versions, BadJsonBodies.forFields(11, "description", "sizeBands", "root")))
        .isEmpty();
    int stored = given().get(versions).statusCode();
    assertThat(stored == 404 || given().get(versions).jsonPath().getList("$").isEmpty()).isTrue();
  }
}
