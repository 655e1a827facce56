package com.territoryplanner.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.territoryplanner.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Seeded random damage to account files in each format and to GeoJSON geography (flipped, dropped
 * and repeated bytes, open quotes, cut files, invalid UTF-8, NUL, huge fields, absurd numbers,
 * formulas, broken geometries), posted to the import: every answer is a report or a 4xx
 * problem+json, never a 500; a report adds up; an import refused or aborted stores none of its
 * rows, and one answered stores no more than it accepted.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ImportFuzzTest {

  private static final int ROWS = 12;
  private static final String[] ODD_VALUES = {
    "NaN",
    "Infinity",
    "-1e309",
    "1e309",
    "99999999999999999999999",
    "-5",
    "=SUM(A1:A9)",
    "@cmd",
    "\u0000",
    "\"",
    "\"\"",
    ",",
    "\r\n",
    "\uFFFD",
    "x".repeat(70_000),
    ""
  };
  private static final String[] ODD_GEOMETRIES = {
    "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1]]]}",
    "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}",
    "{\"type\":\"Polygon\",\"coordinates\":[]}",
    "{\"type\":\"Polygon\",\"coordinates\":[[]]}",
    "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,\"x\"],[0,0]]]}",
    "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[500,0],[500,100],[0,0]]]}",
    "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1e308,0],[1,1e308],[0,0]]]}",
    "{\"type\":\"Polygon\",\"coordinates\":[[[0,0,0,0,0],[1],[1,1],[0,0]]]}",
    "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[[[[0,0]]]]]]]}",
    "{\"type\":\"Circle\",\"coordinates\":[0,0],\"radius\":5}",
    "{\"type\":\"GeometryCollection\",\"geometries\":[]}",
    "{\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}",
    "\"POLYGON((0 0, 1 0, 1 1, 0 0))\"",
    "\"=HYPERLINK(\\\"x\\\")\"",
    "[]",
    "42",
    "{\"type\":\"Polygon\",\"coordinates\":[[" + "[0,0],[1,1],".repeat(10_000) + "[0,0]]]}"
  };
  private static final String STRUCTURAL = "\",\n\r{}[]:\u0000";
  private static final String[] CONTENT_TYPES = {
    "text/csv", "application/json", "application/x-ndjson"
  };

  private final String prefix = UUID.randomUUID().toString().substring(0, 8) + "-";
  private final Random random = new Random(20261207);

  @Test
  void noDamagedFileIsA500OrAPartialWrite() {
    Set<String> outcomes = new TreeSet<>();
    for (int round = 0; round < 90; round++) {
      String caseId = prefix + round + "-";
      String contentType = CONTENT_TYPES[round % CONTENT_TYPES.length];
      // every third import must not be half done: one rejected row aborts it
      outcomes.add(
          importDamaged(
              round,
              contentType,
              damage(file(caseId, contentType)),
              "/api/v1/imports/crm/accounts",
              round % 3 == 0,
              () -> storedRows("/api/v1/accounts/{id}", caseId)));
    }
    // the damage reached every path: clean files, rejected rows, refused and aborted imports
    assertThat(outcomes).contains("clean", "rows rejected", "400", "422");
  }

  @Test
  void noDamagedGeoJsonIsA500OrAPartialWrite() {
    String source = "fuzz-" + prefix.substring(0, 8);
    Set<String> outcomes = new TreeSet<>();
    for (int round = 0; round < 45; round++) {
      String caseId = round + "-";
      outcomes.add(
          importDamaged(
              round,
              "application/geo+json",
              damage(featureCollection(caseId)),
              "/api/v1/imports/" + source + "/geography-units",
              round % 3 == 0,
              () -> storedRows("/api/v1/geography/" + source + "/units/{id}", caseId)));
    }
    assertThat(outcomes).contains("clean", "rows rejected", "400", "422");
  }

  /**
   * Posts one damaged file and checks its answer: a report that adds up, with no more stored than
   * accepted, or a 4xx problem+json with nothing stored. Answers the kind of outcome.
   */
  private static String importDamaged(
      int round,
      String contentType,
      byte[] body,
      String path,
      boolean strict,
      LongSupplier storedRows) {
    RequestSpecification request = given().contentType(contentType).body(body);
    if (strict) {
      request = request.queryParam("maxRejectedRows", 0);
    }
    Response response = request.post(path);
    int status = response.statusCode();
    String answer = response.asString();
    assertThat(status).as("round %d: %s", round, answer).isIn(200, 400, 413, 415, 422);
    assertThat(answer).doesNotContain("Exception", "com.territoryplanner", "java.");

    long stored = storedRows.getAsLong();
    if (status != 200) {
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(stored).as("round %d refused (%s), nothing stored", round, answer).isZero();
      return String.valueOf(status);
    }
    JsonPath report = response.jsonPath();
    long accepted = report.getLong("accepted");
    assertThat(accepted + report.getLong("rejected")).isEqualTo(report.getLong("rows"));
    assertThat(report.getLong("created") + report.getLong("updated") + report.getLong("unchanged"))
        .isLessThanOrEqualTo(accepted);
    assertThat(report.getList("errors.reason", String.class)).allMatch(r -> !r.isBlank());
    assertThat(stored).as("round %d", round).isLessThanOrEqualTo(accepted);
    if (strict) {
      assertThat(report.getLong("rejected")).isZero();
    }
    return report.getLong("rejected") > 0 ? "rows rejected" : "clean";
  }

  /**
   * A GeoJSON FeatureCollection of {@link #ROWS} square units in a row; in half of them some
   * geometries are odd (open, self-crossing or empty rings, coordinates out of range or not
   * numbers, unknown types, WKT, deep nesting, a ring of 20,000 points).
   */
  private String featureCollection(String caseId) {
    int oddOneIn = random.nextBoolean() ? 3 : Integer.MAX_VALUE;
    StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int i = 0; i < ROWS; i++) {
      String geometry =
          random.nextInt(oddOneIn) == 0
              ? ODD_GEOMETRIES[random.nextInt(ODD_GEOMETRIES.length)]
              : "{\"type\":\"Polygon\",\"coordinates\":[[["
                  + i
                  + ",0],["
                  + (i + 1)
                  + ",0],["
                  + (i + 1)
                  + ",1],["
                  + i
                  + ",1],["
                  + i
                  + ",0]]]}";
      out.append(i > 0 ? "," : "")
          .append("{\"type\":\"Feature\",\"id\":\"")
          .append(caseId)
          .append(i)
          .append("\",\"properties\":{\"name\":\"Unit ")
          .append(i)
          .append("\"},\"geometry\":")
          .append(geometry)
          .append('}');
    }
    return out.append("]}").toString();
  }

  /** A valid account file of {@link #ROWS} rows; in half of them some values are odd. */
  private String file(String caseId, String contentType) {
    int oddOneIn = random.nextBoolean() ? 4 : Integer.MAX_VALUE;
    List<String[]> rows =
        IntStream.range(0, ROWS)
            .mapToObj(
                i ->
                    new String[] {
                      caseId + i,
                      random.nextInt(oddOneIn) == 0 ? odd() : "Company " + i,
                      random.nextInt(oddOneIn) == 0 ? odd() : String.valueOf(10_000 + i),
                      "US",
                      random.nextInt(oddOneIn) == 0 ? odd() : "40." + i,
                      random.nextInt(oddOneIn) == 0 ? odd() : "-73." + i,
                      random.nextInt(oddOneIn) == 0 ? odd() : String.valueOf(10 * i)
                    })
            .toList();
    String[] columns = {"id", "name", "postal_code", "country", "lat", "lon", "employees"};
    StringBuilder out = new StringBuilder();
    if (contentType.equals("text/csv")) {
      out.append(String.join(",", columns)).append("\r\n");
      rows.forEach(
          row ->
              out.append(
                      String.join(
                          ",",
                          List.of(row).stream()
                              .map(v -> "\"" + v.replace("\"", "\"\"") + "\"")
                              .toList()))
                  .append("\r\n"));
      return out.toString();
    }
    boolean array = contentType.equals("application/json");
    out.append(array ? "[" : "");
    for (int r = 0; r < rows.size(); r++) {
      out.append(array && r > 0 ? "," : "").append('{');
      for (int c = 0; c < columns.length; c++) {
        out.append(c > 0 ? "," : "")
            .append('"')
            .append(columns[c])
            .append("\":\"")
            .append(jsonEscaped(rows.get(r)[c]))
            .append('"');
      }
      out.append('}').append(array ? "" : "\n");
    }
    return out.append(array ? "]" : "").toString();
  }

  /** The file with a few random kinds of damage, or none (a fifth of the time). */
  private byte[] damage(String file) {
    byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
    int kinds = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(3);
    for (int k = 0; k < kinds; k++) {
      int kind = random.nextInt(8);
      // the last kind damages the start: the header, or the opening of the JSON
      int at = random.nextInt(kind == 7 ? Math.min(bytes.length, 16) : bytes.length);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      switch (kind % 7) {
        case 0 -> { // flip a byte to a structural or invalid one
          bytes[at] = (byte) STRUCTURAL.charAt(random.nextInt(STRUCTURAL.length()));
        }
        case 1 -> bytes[at] = (byte) (0x80 + random.nextInt(0x80)); // invalid UTF-8
        case 2 -> { // cut the file
          out.write(bytes, 0, at);
          bytes = out.toByteArray();
        }
        case 3 -> { // drop a run of bytes
          int length = Math.min(bytes.length - at, 1 + random.nextInt(40));
          out.write(bytes, 0, at);
          out.write(bytes, at + length, bytes.length - at - length);
          bytes = out.toByteArray();
        }
        case 4 -> { // repeat a run of bytes (a repeated row or a doubled quote)
          int length = Math.min(bytes.length - at, 1 + random.nextInt(200));
          out.write(bytes, 0, at + length);
          out.write(bytes, at, bytes.length - at);
          bytes = out.toByteArray();
        }
        case 5 -> { // a byte order mark, or Latin-1 text, in the middle
          out.write(bytes, 0, at);
          byte[] inserted =
              random.nextBoolean()
                  ? "\uFEFF".getBytes(StandardCharsets.UTF_8)
                  : "Müller".getBytes(StandardCharsets.ISO_8859_1);
          out.write(inserted, 0, inserted.length);
          out.write(bytes, at, bytes.length - at);
          bytes = out.toByteArray();
        }
        default -> { // an odd value spliced in
          byte[] value = odd().getBytes(StandardCharsets.UTF_8);
          out.write(bytes, 0, at);
          out.write(value, 0, value.length);
          out.write(bytes, at, bytes.length - at);
          bytes = out.toByteArray();
        }
      }
    }
    return bytes;
  }

  private String odd() {
    return ODD_VALUES[random.nextInt(ODD_VALUES.length)];
  }

  private static String jsonEscaped(String value) {
    StringBuilder out = new StringBuilder();
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** How many of the case's rows are stored, read one by one from {@code path}. */
  private static long storedRows(String path, String caseId) {
    return IntStream.range(0, ROWS)
        .filter(i -> given().get(path, caseId + i).then().extract().statusCode() == 200)
        .count();
  }
}
