package com.territoryplanner.ingest.domain;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The canonical CRM user columns: {@code id, name, email, role, manager_id, is_active, postal_code,
 * country, lat, lon}. Users are active unless the export says otherwise.
 */
public final class UserColumns implements RowMapping<UserRecord> {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Set<String> COLUMNS =
      Set.of(
          "id",
          "name",
          "email",
          "role",
          "manager_id",
          "is_active",
          "postal_code",
          "country",
          "lat",
          "lon");

  @Override
  public ImportedEntity entity() {
    return ImportedEntity.USER;
  }

  @Override
  public Set<String> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("id", "name");
  }

  @Override
  public UserRecord map(SourceRow row) {
    String email = row.optional("email", 255);
    if (email != null && !EMAIL.matcher(email).matches()) {
      row.reject("email", "is not an e-mail address: '" + email + "'");
    }
    if ((row.text("lat") == null) != (row.text("lon") == null)) {
      row.reject(
          row.text("lat") == null ? "lat" : "lon", "lat and lon come together or not at all");
    }
    UserRecord user =
        new UserRecord(
            row.required("id", 64),
            row.required("name", 255),
            email,
            row.optional("role", 120),
            row.optional("manager_id", 64),
            row.text("is_active") == null || row.flag("is_active"),
            row.optional("postal_code", 20),
            row.country("country"),
            row.decimalDegrees("lat", 90),
            row.decimalDegrees("lon", 180));
    return row.errors().isEmpty() ? user : null;
  }

  @Override
  public String key(UserRecord user) {
    return user.id();
  }
}
