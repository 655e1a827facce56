package com.territoryplanner.platform.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class AreaGeometryTest {

  private final Geometry west = square(0, 0);
  private final Geometry east = square(1, 0);
  private final Geometry diagonal = square(2, 1);

  @Test
  void unitsSharingAnEdgeAreAdjacentAndUnitsTouchingAtACornerAreNot() {
    assertThat(AreaGeometry.adjacent(west, east)).isTrue();
    assertThat(AreaGeometry.adjacent(east, diagonal)).isFalse();
    assertThat(AreaGeometry.adjacent(west, diagonal)).isFalse();
    // imperfect data: overlapping areas count as neighbours
    assertThat(
            AreaGeometry.adjacent(
                west, AreaGeometry.read("POLYGON ((0.9 0, 2 0, 2 1, 0.9 1, 0.9 0))")))
        .isTrue();
  }

  @Test
  void geoJsonAndWktReadTheSameAreaAndGeoJsonRoundTrips() {
    Geometry wkt = AreaGeometry.read("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)))");
    Geometry geoJson =
        AreaGeometry.read(
            "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,1],[0,0]]]]}");

    assertThat(geoJson.equalsExact(wkt)).isTrue();
    assertThat(AreaGeometry.read(AreaGeometry.toGeoJson(geoJson)).equalsExact(wkt)).isTrue();
  }

  @Test
  void aCentreLiesInsideTheArea() {
    Geometry horseshoe =
        AreaGeometry.read("POLYGON ((0 0, 3 0, 3 3, 2 3, 2 1, 1 1, 1 3, 0 3, 0 0))");

    Coordinate centre = AreaGeometry.centre(horseshoe);

    assertThat(horseshoe.contains(horseshoe.getFactory().createPoint(centre))).isTrue();
    assertThat(AreaGeometry.centre(west)).isEqualTo(new Coordinate(0.5, 0.5));
  }

  @Test
  void whatIsNotAValidAreaIsRefusedWithTheReason() {
    assertThatThrownBy(() -> AreaGeometry.read("POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))"))
        .hasMessageStartingWith("is not a valid area: Self-intersection");
    assertThatThrownBy(() -> AreaGeometry.read("{\"type\":\"Point\",\"coordinates\":[1,2]}"))
        .hasMessage("is a GeoJSON 'Point'; an area is a Polygon or MultiPolygon");
    assertThatThrownBy(
            () ->
                AreaGeometry.read(
                    "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}"))
        .hasMessage("has a ring that is not closed or has fewer than 4 positions");
    assertThatThrownBy(() -> AreaGeometry.read("POLYGON ((0 0, 200 0, 200 1, 0 1, 0 0))"))
        .hasMessageStartingWith("has a position outside lon -180..180");
    assertThatThrownBy(() -> AreaGeometry.read("not a shape"))
        .hasMessageStartingWith("is neither GeoJSON nor WKT");
  }

  private static Geometry square(int x, int y) {
    return AreaGeometry.read(
        "POLYGON ((%d %d, %d %d, %d %d, %d %d, %d %d))"
            .formatted(x, y, x + 1, y, x + 1, y + 1, x, y + 1, x, y));
  }
}
