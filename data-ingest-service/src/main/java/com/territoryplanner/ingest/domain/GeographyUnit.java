package com.territoryplanner.ingest.domain;

import com.territoryplanner.platform.geo.AreaGeometry;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A basic unit of geography (a postal code, a county, any area a company plans with): where it is,
 * its area where known, and the neighbours its source gives (empty: derived from the areas).
 */
public record GeographyUnit(
    String id,
    String kind,
    String name,
    String country,
    double latitude,
    double longitude,
    Geometry area,
    List<String> givenNeighbours) {

  /** The area as GeoJSON, or null. */
  public String areaGeoJson() {
    return area == null ? null : AreaGeometry.toGeoJson(area);
  }
}
