package com.territoryplanner.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The operations of the running service as its OpenAPI document declares them, for tests that probe
 * every one of them. Path parameters are filled with fresh UUIDs.
 */
final class OpenApiOperations {

  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  /** One operation; {@code details} is its OpenAPI object. */
  record Operation(String method, String path, Map<String, Object> details) {

    /** The path with each of its parameters a fresh UUID. */
    String address() {
      return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> parameters() {
      Object parameters = details.get("parameters");
      return parameters == null ? List.of() : (List<Map<String, Object>>) parameters;
    }

    /** The content types of its request body; empty when it takes none. */
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> requestContent() {
      Map<String, Object> body = (Map<String, Object>) details.get("requestBody");
      return body == null ? Map.of() : (Map<String, Map<String, Object>>) body.get("content");
    }

    @Override
    public String toString() {
      return method.toUpperCase() + " " + path;
    }
  }

  private final List<Operation> operations = new ArrayList<>();
  private final Map<String, Map<String, Object>> schemas;

  @SuppressWarnings("unchecked")
  OpenApiOperations() {
    JsonPath document = given().queryParam("format", "json").get("/q/openapi").jsonPath();
    schemas = document.getMap("components.schemas");
    Map<String, Map<String, Object>> paths = document.getMap("paths");
    paths.forEach(
        (path, item) ->
            item.forEach(
                (method, details) -> {
                  if (METHODS.contains(method)) {
                    operations.add(new Operation(method, path, (Map<String, Object>) details));
                  }
                }));
  }

  List<Operation> operations() {
    return operations;
  }

  /** The schema, following a reference to the document's components. */
  @SuppressWarnings("unchecked")
  Map<String, Object> resolve(Object schema) {
    Map<String, Object> resolved = (Map<String, Object>) schema;
    while (resolved != null && resolved.get("$ref") != null) {
      String reference = resolved.get("$ref").toString();
      resolved = schemas.get(reference.substring(reference.lastIndexOf('/') + 1));
    }
    return resolved;
  }
}
