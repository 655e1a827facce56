package com.territoryplanner.ingest.repository;

import com.territoryplanner.ingest.domain.PostalCodeRecord;
import com.territoryplanner.ingest.repository.BatchUpsert.Column;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The postal-code reference. */
@ApplicationScoped
public class PostalCodeRepository {

  public static final String TABLE = "postal_code_reference";

  private static final BatchUpsert<PostalCodeRecord> UPSERT =
      new BatchUpsert<>(
          TABLE,
          false,
          List.of(
              new Column<>("key", "text", PostalCodeRecord::key),
              new Column<>("country", "text", PostalCodeRecord::country),
              new Column<>("postal_code", "text", PostalCodeRecord::postalCode),
              new Column<>("latitude", "float8", PostalCodeRecord::latitude),
              new Column<>("longitude", "float8", PostalCodeRecord::longitude),
              new Column<>("name", "text", PostalCodeRecord::name)));

  private final JdbcWork jdbc;

  PostalCodeRepository(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  /** See {@link BatchUpsert#upsert}: the keys written, each with whether it was created. */
  public Map<String, Boolean> upsert(
      List<PostalCodeRecord> postalCodes, String source, OffsetDateTime at) {
    return jdbc.run(connection -> UPSERT.upsert(connection, postalCodes, source, at));
  }

  /** The reference entries of these normalised postal codes, in every country, by code. */
  public Map<String, List<PostalCodeRecord>> find(List<String> postalCodes) {
    if (postalCodes.isEmpty()) {
      return Map.of();
    }
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select country, postal_code, latitude, longitude, name"
                      + " from postal_code_reference where postal_code = any(?)")) {
            select.setArray(1, connection.createArrayOf("text", postalCodes.toArray()));
            Map<String, List<PostalCodeRecord>> found = new HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                PostalCodeRecord entry =
                    new PostalCodeRecord(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getDouble(3),
                        rows.getDouble(4),
                        rows.getString(5));
                found.computeIfAbsent(entry.postalCode(), code -> new ArrayList<>()).add(entry);
              }
            }
            return found;
          }
        });
  }
}
