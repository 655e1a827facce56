package com.territoryplanner.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Every typed query parameter of the running service, as its OpenAPI document declares them
 * (integers, numbers, booleans, UUIDs, dates, and lists of them), given a value that is none of
 * these: each answer must be a 400 problem+json that names the parameter. Path parameters are
 * filled with fresh UUIDs, so the parameter is all that is wrong.
 */
public final class QueryParameterProbe {

  private static final Set<String> METHODS = Set.of("get", "post", "put", "delete");
  private static final Set<String> TYPED = Set.of("integer", "number", "boolean");
  private static final Set<String> TYPED_TEXT = Set.of("uuid", "date");

  private QueryParameterProbe() {}

  /** One line per parameter whose bad value was not answered as it must be. */
  public static List<String> failures() {
    JsonPath document = given().queryParam("format", "json").get("/q/openapi").jsonPath();
    Map<String, Map<String, Object>> schemas = document.getMap("components.schemas");
    Map<String, Map<String, Object>> paths = document.getMap("paths");
    List<String> failures = new ArrayList<>();
    int probed = 0;
    for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
      for (Map.Entry<String, Object> operation : path.getValue().entrySet()) {
        if (!METHODS.contains(operation.getKey())) {
          continue;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) operation.getValue();
        for (Map<String, Object> parameter : parameters(details)) {
          if (!"query".equals(parameter.get("in")) || !typed(parameter.get("schema"), schemas)) {
            continue;
          }
          probed++;
          String name = (String) parameter.get("name");
          Response answer =
              request(details)
                  .queryParam(name, "not-valid")
                  .request(operation.getKey(), path.getKey().replaceAll("\\{[^}]+}", uuid()));
          boolean named =
              answer.statusCode() == 400
                  && answer.contentType().startsWith("application/problem+json")
                  && answer.jsonPath().getList("errors.field").contains(name);
          if (!named) {
            failures.add(
                operation.getKey().toUpperCase()
                    + " "
                    + path.getKey()
                    + " ?"
                    + name
                    + "=not-valid: "
                    + answer.statusCode()
                    + " "
                    + answer.asString());
          }
        }
      }
    }
    if (probed == 0) {
      failures.add("the OpenAPI document declares no typed query parameter");
    }
    return failures;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> parameters(Map<String, Object> operation) {
    Object parameters = operation.get("parameters");
    return parameters == null ? List.of() : (List<Map<String, Object>>) parameters;
  }

  /** A request with a body of the operation's first content type, when it takes one. */
  @SuppressWarnings("unchecked")
  private static RequestSpecification request(Map<String, Object> operation) {
    Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
    if (body == null) {
      return given();
    }
    Map<String, Object> content = (Map<String, Object>) body.get("content");
    return given().contentType(content.keySet().iterator().next()).body("{}".getBytes());
  }

  @SuppressWarnings("unchecked")
  private static boolean typed(Object schemaObject, Map<String, Map<String, Object>> schemas) {
    Map<String, Object> schema = (Map<String, Object>) schemaObject;
    if (schema == null) {
      return false;
    }
    Object reference = schema.get("$ref");
    if (reference != null) {
      String name = reference.toString().substring(reference.toString().lastIndexOf('/') + 1);
      return typed(schemas.get(name), schemas);
    }
    if ("array".equals(schema.get("type"))) {
      return typed(schema.get("items"), schemas);
    }
    return TYPED.contains(String.valueOf(schema.get("type")))
        || TYPED_TEXT.contains(String.valueOf(schema.get("format")));
  }

  private static String uuid() {
    return UUID.randomUUID().toString();
  }
}
