package com.territoryplanner.ingest.domain;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Rows from JSON: one array of flat objects or a GeoJSON FeatureCollection, read as a stream, or
 * NDJSON, one object per line. Keys are named through the profile; strings, numbers and booleans
 * are read as text. In NDJSON a broken line is rejected and reading goes on; in an array a syntax
 * error stops the import at that element, keeping the rows before it.
 */
final class JsonRowReader implements RowReader {

  // decimals stay as written: 0.1 must not become 0.1000000000000000055511151231257827
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final ColumnProfile profile;
  private final JsonParser array;
  private final RecordLimit limit;
  private final boolean features;
  private final LineReader lines;
  private long rows;
  private boolean stopped;

  private JsonRowReader(
      ColumnProfile profile,
      JsonParser array,
      RecordLimit limit,
      boolean features,
      LineReader lines) {
    this.profile = profile;
    this.array = array;
    this.limit = limit;
    this.features = features;
    this.lines = lines;
  }

  static JsonRowReader array(Reader input, ColumnProfile profile, int maxRecordChars)
      throws IOException {
    RecordLimit limit = new RecordLimit(input, maxRecordChars);
    JsonParser parser = JSON.createParser(limit);
    try {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw InvalidImportException.of(null, "a JSON import is one array of objects");
      }
    } catch (JsonProcessingException e) {
      throw InvalidImportException.of(
          null, "the body is not JSON (" + e.getOriginalMessage() + ")");
    }
    return new JsonRowReader(profile, parser, limit, false, null);
  }

  /**
   * The features of a GeoJSON FeatureCollection, streamed; each feature is a row of its properties,
   * its id and its geometry (as GeoJSON text in the {@code geometry} column).
   */
  static JsonRowReader features(Reader input, ColumnProfile profile, int maxRecordChars)
      throws IOException {
    RecordLimit limit = new RecordLimit(input, maxRecordChars);
    JsonParser parser = JSON.createParser(limit);
    try {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw InvalidImportException.of(null, "a GeoJSON import is one FeatureCollection");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        if (parser.nextToken() == JsonToken.START_ARRAY && field.equals("features")) {
          return new JsonRowReader(profile, parser, limit, true, null);
        }
        parser.skipChildren();
      }
    } catch (JsonProcessingException e) {
      throw InvalidImportException.of(
          null, "the body is not JSON (" + e.getOriginalMessage() + ")");
    }
    throw InvalidImportException.of(null, "the FeatureCollection has no features array");
  }

  static JsonRowReader lines(Reader input, ColumnProfile profile, int maxRecordChars) {
    return new JsonRowReader(profile, null, null, false, new LineReader(input, maxRecordChars));
  }

  /** Rows read again from their original text: an object, or a feature. */
  static StoredRowReader stored(ColumnProfile profile, boolean features) {
    return (number, original) -> {
      JsonNode node = JSON.readTree(original);
      return row(number, features ? flatFeature(node) : node, original, profile);
    };
  }

  @Override
  public SourceRow next() throws IOException {
    if (stopped) {
      return null;
    }
    return array != null ? nextElement() : nextLine();
  }

  private SourceRow nextElement() throws IOException {
    try {
      if (array.nextToken() == JsonToken.END_ARRAY || array.currentToken() == null) {
        return null;
      }
      limit.nextElement();
      JsonNode node = JSON.readTree(array);
      return row(++rows, features ? flatFeature(node) : node, node.toString(), profile);
    } catch (JsonProcessingException e) {
      stopped = true;
      return SourceRow.unreadable(++rows, "", "is not valid JSON (" + e.getOriginalMessage() + ")");
    } catch (RecordLimit.RecordTooLongException e) {
      stopped = true;
      return SourceRow.unreadable(++rows, "", e.getMessage());
    }
  }

  private SourceRow nextLine() throws IOException {
    String line;
    do {
      try {
        line = lines.next();
      } catch (LineReader.LineTooLongException e) {
        stopped = true;
        return SourceRow.unreadable(++rows, "", e.getMessage());
      }
      if (line == null) {
        return null;
      }
    } while (line.isBlank());
    long number = ++rows;
    try {
      return row(number, JSON.readTree(line), line, profile);
    } catch (JsonProcessingException e) {
      return SourceRow.unreadable(
          number, line, "is not valid JSON (" + e.getOriginalMessage() + ")");
    }
  }

  /** A feature as one flat object: its properties, its id, its geometry as GeoJSON text. */
  private static JsonNode flatFeature(JsonNode feature) {
    if (!feature.isObject()) {
      return feature;
    }
    ObjectNode flat = JSON.createObjectNode();
    if (feature.path("properties").isObject()) {
      flat.setAll((ObjectNode) feature.get("properties"));
    }
    if (feature.hasNonNull("id") && !flat.has("id")) {
      flat.put("id", feature.get("id").asText());
    }
    if (feature.hasNonNull("geometry")) {
      flat.put("geometry", feature.get("geometry").toString());
    }
    return flat;
  }

  static SourceRow row(long number, JsonNode node, String original, ColumnProfile profile) {
    if (!node.isObject()) {
      return SourceRow.unreadable(number, original, "is not a JSON object");
    }
    Map<String, Integer> header = new HashMap<>();
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    List<String> nested = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String column = profile.canonical(field.getKey());
      JsonNode value = field.getValue();
      if (value.isContainerNode()) {
        nested.add(field.getKey());
      } else if (header.putIfAbsent(column, values.size()) == null) {
        names.add(field.getKey());
        values.add(value.isNull() ? "" : value.asText());
      }
    }
    SourceRow row = new SourceRow(number, header, names, values, original);
    nested.forEach(column -> row.reject(column, "holds an object or array; rows are flat"));
    return row;
  }

  @Override
  public boolean stopped() {
    return stopped;
  }

  @Override
  public String originalHeader() {
    return "original";
  }
}
