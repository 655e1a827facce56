package com.territoryplanner.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Bad JSON bodies of every kind for an endpoint: malformed, deeply nested, huge, mis-encoded, and
 * (seeded) objects of the endpoint's own fields holding odd values (NaN, infinities, absurd
 * numbers, impossible dates, unknown enum constants, formulas, NUL). An endpoint passes when each
 * is a 4xx problem+json.
 */
public final class BadJsonBodies {

  private static final String[] VALUES = {
    "null",
    "true",
    "-1",
    "0",
    "1e309",
    "-1e309",
    "NaN",
    "Infinity",
    "\"NaN\"",
    "\"\"",
    "\"x\"",
    "[]",
    "{}",
    "[[[[[[[[[[]]]]]]]]]]",
    "99999999999999999999999999999",
    "\"2026-13-45\"",
    "\"25:61\"",
    "\"not-a-uuid\"",
    "\"=HYPERLINK(\\\"x\\\")\"",
    "\"\\u0000\"",
    "1.5",
    "\"ACTIVE\"",
    "\"UNKNOWN_ENUM\""
  };

  private BadJsonBodies() {}

  /**
   * The bodies for an endpoint taking an object with these fields; the same for the same seed.
   * Bytes as they go on the wire: UTF-8, but for one in Latin-1 with a byte order mark of UTF-16.
   */
  public static List<byte[]> forFields(long seed, String... fields) {
    Random random = new Random(seed);
    List<byte[]> bodies = new ArrayList<>();
    for (String body :
        List.of(
            "",
            "{",
            "{\"" + (fields.length > 0 ? fields[0] : "name") + "\":",
            "[".repeat(10_000) + "]".repeat(10_000),
            "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000),
            "{\"name\":\"" + "x".repeat(200_000) + "\"}")) {
      bodies.add(body.getBytes(StandardCharsets.UTF_8));
    }
    bodies.add("\u00ff\u00fe{\"name\":\"M\u00fcller\"}".getBytes(StandardCharsets.ISO_8859_1));
    for (int i = 0; i < 60; i++) {
      StringBuilder body = new StringBuilder("{");
      for (String field : fields) {
        if (random.nextInt(3) > 0) {
          body.append(body.length() > 1 ? "," : "")
              .append('"')
              .append(field)
              .append("\":")
              .append(VALUES[random.nextInt(VALUES.length)]);
        }
      }
      bodies.add(body.append('}').toString().getBytes(StandardCharsets.UTF_8));
    }
    return bodies;
  }

  /**
   * Every operation of the running service that takes a JSON body, as its OpenAPI document declares
   * them, sent the bodies for its own fields (path parameters are fresh UUIDs, so most stop at
   * validation or at a 404; the deeper writes need the endpoint's own test). Answers one line for
   * each answer that is neither a 4xx problem+json nor a success.
   */
  public static List<String> serverFailuresOfEveryJsonOperation(long seed) {
    OpenApiOperations document = new OpenApiOperations();
    List<String> failures = new ArrayList<>();
    int probed = 0;
    for (OpenApiOperations.Operation operation : document.operations()) {
      Map<String, Object> json = operation.requestContent().get("application/json");
      if (json == null) {
        continue;
      }
      probed++;
      Map<String, Object> schema = document.resolve(json.get("schema"));
      @SuppressWarnings("unchecked")
      Map<String, Object> properties =
          schema == null || schema.get("properties") == null
              ? Map.of()
              : (Map<String, Object>) schema.get("properties");
      failures.addAll(
          serverFailures(
              operation.method(),
              operation.address(),
              forFields(seed, properties.keySet().toArray(String[]::new))));
    }
    if (probed == 0) {
      failures.add("the OpenAPI document declares no operation taking JSON");
    }
    return failures;
  }

  /**
   * Sends each body with {@code method} to {@code path}; answers one line for each answer that is
   * not a 4xx problem+json (a 500, a success, plain text): for an endpoint with required fields.
   */
  public static List<String> failures(String method, String path, List<byte[]> bodies) {
    return answersBut(method, path, bodies, false);
  }

  /**
   * The same, but a success passes too: for an endpoint whose fields are all optional, where some
   * of the bodies are valid.
   */
  public static List<String> serverFailures(String method, String path, List<byte[]> bodies) {
    return answersBut(method, path, bodies, true);
  }

  private static List<String> answersBut(
      String method, String path, List<byte[]> bodies, boolean successPasses) {
    List<String> failures = new ArrayList<>();
    for (byte[] body : bodies) {
      Response answer = given().contentType("application/json").body(body).request(method, path);
      int status = answer.statusCode();
      if (!refused(answer) && !(successPasses && status >= 200 && status <= 299)) {
        failures.add(
            method
                + " "
                + path
                + " "
                + status
                + " "
                + answer.contentType()
                + " "
                + abbreviated(body));
      }
    }
    return failures;
  }

  /** A 4xx problem+json: the answer a bad body must get. */
  public static boolean refused(Response answer) {
    return answer.statusCode() >= 400
        && answer.statusCode() <= 499
        && answer.contentType().startsWith("application/problem+json");
  }

  public static String abbreviated(byte[] body) {
    String text = new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8);
    return body.length > 120 ? text + "..." : text;
  }
}
