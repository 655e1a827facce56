package com.territoryplanner.ingest.domain;

import com.territoryplanner.platform.geo.AreaGeometry;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The canonical geography-unit columns: {@code id, kind, name, country, lat, lon, geometry,
 * neighbours}. Kind defaults to postal_code. The geometry is a GeoJSON or WKT Polygon or
 * MultiPolygon (in a GeoJSON FeatureCollection, the feature's own geometry); without lat and lon
 * the unit sits at its area's centroid. Neighbours are unit ids separated by ';'; where none are
 * given they are derived from the areas of the same source's units. Ids are unique per source: load
 * postal codes and counties as two sources.
 */
public final class GeographyColumns implements RowMapping<GeographyUnit> {

  private static final Set<String> COLUMNS =
      Set.of("id", "kind", "name", "country", "lat", "lon", "geometry", "neighbours");

  @Override
  public ImportedEntity entity() {
    return ImportedEntity.GEOGRAPHY_UNIT;
  }

  @Override
  public Set<String> columns() {
    return COLUMNS;
  }

  /** Areas with detailed coastlines run to megabytes. */
  @Override
  public int maxRecordChars() {
    return 16 << 20;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("id");
  }

  @Override
  public GeographyUnit map(SourceRow row) {
    String id = row.required("id", 64);
    String kind = row.optional("kind", 40);
    Double lat = row.decimalDegrees("lat", 90);
    Double lon = row.decimalDegrees("lon", 180);
    Geometry area = null;
    if (row.text("geometry") != null) {
      try {
        area = AreaGeometry.read(row.text("geometry"));
      } catch (IllegalArgumentException e) {
        row.reject("geometry", e.getMessage());
      }
    }
    if ((row.text("lat") == null) != (row.text("lon") == null)) {
      row.reject(
          row.text("lat") == null ? "lat" : "lon", "lat and lon come together or not at all");
    } else if (row.text("lat") == null && area == null && row.text("geometry") == null) {
      row.reject("geometry", "is required when lat and lon are not given");
    }
    List<String> neighbours =
        row.text("neighbours") == null
            ? List.of()
            : Arrays.stream(row.text("neighbours").split(";"))
                .map(String::trim)
                .filter(n -> !n.isEmpty() && !n.equals(id))
                .distinct()
                .toList();
    String name = row.optional("name", 255);
    String country = row.country("country");
    if (!row.errors().isEmpty()) {
      return null;
    }
    Coordinate centre = lat != null ? new Coordinate(lon, lat) : AreaGeometry.centre(area);
    return new GeographyUnit(
        id,
        kind == null ? "postal_code" : kind.toLowerCase(Locale.ROOT),
        name,
        country,
        centre.y,
        centre.x,
        area,
        neighbours);
  }

  @Override
  public String key(GeographyUnit unit) {
    return unit.id();
  }
}
