package com.territoryplanner.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The build check that keeps {@code openapi/<service>.yaml} and the code in step: the spec the
 * running service generates must equal the stored one. Run the build with {@code
 * -Dopenapi.update=true} to rewrite the stored file after an intended change, then review its diff.
 */
public final class StoredOpenApiContract {

  private StoredOpenApiContract() {}

  public static void assertServiceMatchesStoredSpec(String service) throws IOException {
    String generated =
        given()
            .queryParam("format", "yaml")
            .when()
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Path stored = Path.of("..", "openapi", service + ".yaml");
    if (Boolean.getBoolean("openapi.update")) {
      Files.writeString(stored, generated, StandardCharsets.UTF_8);
    }
    assertThat(stored).as("stored contract " + stored).exists();
    assertThat(generated)
        .as(
            "%s no longer matches the code: rebuild with -Dopenapi.update=true and review the diff",
            stored)
        .isEqualTo(Files.readString(stored, StandardCharsets.UTF_8));
  }
}
