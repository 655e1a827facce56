package com.territoryplanner.ingest.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One record a CRM pushes as a JSON object (a webhook), read like one row of a JSON import: same
 * profiles, same validation. The id comes from the URL; a body that names another id is refused.
 */
public final class PushedRecord {

  private PushedRecord() {}

  /**
   * @throws InvalidImportException with every error of the record
   */
  public static <T> T read(JsonNode body, String id, RowMapping<T> mapping, ColumnProfile profile) {
    if (body == null || !body.isObject()) {
      throw InvalidImportException.of(null, "the body must be one JSON object");
    }
    SourceRow row = JsonRowReader.row(1, body, body.toString(), profile);
    String key = mapping.requiredColumns().get(0);
    String given = row.text(key);
    if (given == null) {
      ObjectNode withId = ((ObjectNode) body.deepCopy()).put(key, id);
      row = JsonRowReader.row(1, withId, body.toString(), profile);
    } else if (!given.equals(id)) {
      throw InvalidImportException.of(key, "names '" + given + "' but the URL names '" + id + "'");
    }
    T record = row.errors().isEmpty() ? mapping.map(row) : null;
    if (record == null) {
      throw new InvalidImportException(List.copyOf(row.errors()));
    }
    return record;
  }
}
