package com.territoryplanner.ingest.domain;

import java.util.List;
import java.util.Set;

/**
 * The postal-code reference columns: {@code country, postal_code, lat, lon, name}; all but name
 * required. Accounts without coordinates are placed at their postal code's centroid.
 */
public final class PostalCodeColumns implements RowMapping<PostalCodeRecord> {

  private static final Set<String> COLUMNS = Set.of("country", "postal_code", "lat", "lon", "name");

  @Override
  public ImportedEntity entity() {
    return ImportedEntity.POSTAL_CODE;
  }

  @Override
  public Set<String> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("postal_code", "country", "lat", "lon");
  }

  @Override
  public PostalCodeRecord map(SourceRow row) {
    String country = row.country("country");
    String postalCode = row.required("postal_code", 20);
    Double lat = row.decimalDegrees("lat", 90);
    Double lon = row.decimalDegrees("lon", 180);
    if (country == null && row.text("country") == null) {
      row.reject("country", "is required");
    }
    if (lat == null && row.text("lat") == null) {
      row.reject("lat", "is required");
    }
    if (lon == null && row.text("lon") == null) {
      row.reject("lon", "is required");
    }
    String name = row.optional("name", 255);
    return row.errors().isEmpty()
        ? new PostalCodeRecord(country, PostalCodes.normalise(country, postalCode), lat, lon, name)
        : null;
  }

  @Override
  public String key(PostalCodeRecord postalCode) {
    return postalCode.key();
  }
}
