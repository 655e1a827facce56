package com.territoryplanner.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every typed query parameter of the running service, as its OpenAPI document declares them
 * (integers, numbers, booleans, UUIDs, dates, and lists of them), given a value that is none of
 * these: each answer must be a 400 problem+json that names the parameter. Path parameters are fresh
 * UUIDs, so the parameter is all that is wrong.
 */
public final class QueryParameterProbe {

  private static final Set<String> TYPED = Set.of("integer", "number", "boolean");
  private static final Set<String> TYPED_TEXT = Set.of("uuid", "date");

  private QueryParameterProbe() {}

  /** One line per parameter whose bad value was not answered as it must be. */
  public static List<String> failures() {
    OpenApiOperations document = new OpenApiOperations();
    List<String> failures = new ArrayList<>();
    int probed = 0;
    for (OpenApiOperations.Operation operation : document.operations()) {
      for (Map<String, Object> parameter : operation.parameters()) {
        if (!"query".equals(parameter.get("in")) || !typed(document, parameter.get("schema"))) {
          continue;
        }
        probed++;
        String name = (String) parameter.get("name");
        Response answer =
            request(operation)
                .queryParam(name, "not-valid")
                .request(operation.method(), operation.address());
        boolean named =
            answer.statusCode() == 400
                && answer.contentType().startsWith("application/problem+json")
                && answer.jsonPath().getList("errors.field").contains(name);
        if (!named) {
          failures.add(
              operation
                  + " ?"
                  + name
                  + "=not-valid: "
                  + answer.statusCode()
                  + " "
                  + answer.asString());
        }
      }
    }
    if (probed == 0) {
      failures.add("the OpenAPI document declares no typed query parameter");
    }
    return failures;
  }

  /** A request with a body of the operation's first content type, when it takes one. */
  private static RequestSpecification request(OpenApiOperations.Operation operation) {
    Map<String, Map<String, Object>> content = operation.requestContent();
    if (content.isEmpty()) {
      return given();
    }
    return given()
        .contentType(content.keySet().iterator().next())
        .body("{}".getBytes(StandardCharsets.UTF_8));
  }

  private static boolean typed(OpenApiOperations document, Object schemaObject) {
    Map<String, Object> schema = document.resolve(schemaObject);
    if (schema == null) {
      return false;
    }
    if ("array".equals(schema.get("type"))) {
      return typed(document, schema.get("items"));
    }
    return TYPED.contains(String.valueOf(schema.get("type")))
        || TYPED_TEXT.contains(String.valueOf(schema.get("format")));
  }
}
