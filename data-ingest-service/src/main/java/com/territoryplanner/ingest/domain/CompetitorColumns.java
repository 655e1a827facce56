package com.territoryplanner.ingest.domain;

import java.util.List;
import java.util.Set;

/**
 * The canonical competitor-location columns: {@code id, competitor, name, postal_code, country,
 * lat, lon}. A location needs coordinates or a postal code to be placed at all.
 */
public final class CompetitorColumns implements RowMapping<CompetitorLocation> {

  private static final Set<String> COLUMNS =
      Set.of("id", "competitor", "name", "postal_code", "country", "lat", "lon");

  @Override
  public ImportedEntity entity() {
    return ImportedEntity.COMPETITOR_LOCATION;
  }

  @Override
  public Set<String> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("id", "competitor");
  }

  @Override
  public CompetitorLocation map(SourceRow row) {
    CompetitorLocation location =
        new CompetitorLocation(
            row.required("id", 64),
            row.required("competitor", 255),
            row.optional("name", 255),
            row.optional("postal_code", 20),
            row.country("country"),
            row.decimalDegrees("lat", 90),
            row.decimalDegrees("lon", 180));
    row.rejectLoneCoordinate();
    if (row.text("lat") == null && row.text("postal_code") == null) {
      row.reject("postal_code", "is required when lat and lon are not given");
    }
    return row.errors().isEmpty() ? location : null;
  }

  @Override
  public String key(CompetitorLocation location) {
    return location.id();
  }
}
