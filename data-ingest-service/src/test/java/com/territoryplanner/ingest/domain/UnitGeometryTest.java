package com.territoryplanner.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class UnitGeometryTest {

  private final Geometry west = square(0, 0);
  private final Geometry east = square(1, 0);
  private final Geometry diagonal = square(2, 1);

  @Test
  void unitsSharingAnEdgeAreAdjacentAndUnitsTouchingAtACornerAreNot() {
    assertThat(UnitGeometry.adjacent(west, east)).isTrue();
    assertThat(UnitGeometry.adjacent(east, diagonal)).isFalse();
    assertThat(UnitGeometry.adjacent(west, diagonal)).isFalse();
    // imperfect data: overlapping areas count as neighbours
    assertThat(
            UnitGeometry.adjacent(
                west, UnitGeometry.read("POLYGON ((0.9 0, 2 0, 2 1, 0.9 1, 0.9 0))")))
        .isTrue();
  }

  @Test
  void geoJsonAndWktReadTheSameAreaAndGeoJsonRoundTrips() {
    Geometry wkt = UnitGeometry.read("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)))");
    Geometry geoJson =
        UnitGeometry.read(
            "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,1],[0,0]]]]}");

    assertThat(geoJson.equalsExact(wkt)).isTrue();
    assertThat(UnitGeometry.read(UnitGeometry.toGeoJson(geoJson)).equalsExact(wkt)).isTrue();
  }

  @Test
  void aCentreLiesInsideTheArea() {
    Geometry horseshoe =
        UnitGeometry.read("POLYGON ((0 0, 3 0, 3 3, 2 3, 2 1, 1 1, 1 3, 0 3, 0 0))");

    Coordinate centre = UnitGeometry.centre(horseshoe);

    assertThat(horseshoe.contains(horseshoe.getFactory().createPoint(centre))).isTrue();
    assertThat(UnitGeometry.centre(west)).isEqualTo(new Coordinate(0.5, 0.5));
  }

  @Test
  void whatIsNotAValidAreaIsRefusedWithTheReason() {
    assertThatThrownBy(() -> UnitGeometry.read("POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))"))
        .hasMessageStartingWith("is not a valid area: Self-intersection");
    assertThatThrownBy(() -> UnitGeometry.read("{\"type\":\"Point\",\"coordinates\":[1,2]}"))
        .hasMessage("is a GeoJSON 'Point'; a unit's area is a Polygon or MultiPolygon");
    assertThatThrownBy(
            () ->
                UnitGeometry.read(
                    "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}"))
        .hasMessage("has a ring that is not closed or has fewer than 4 positions");
    assertThatThrownBy(() -> UnitGeometry.read("POLYGON ((0 0, 200 0, 200 1, 0 1, 0 0))"))
        .hasMessageStartingWith("has a position outside lon -180..180");
    assertThatThrownBy(() -> UnitGeometry.read("not a shape"))
        .hasMessageStartingWith("is neither GeoJSON nor WKT");
  }

  private static Geometry square(int x, int y) {
    return UnitGeometry.read(
        "POLYGON ((%d %d, %d %d, %d %d, %d %d, %d %d))"
            .formatted(x, y, x + 1, y, x + 1, y + 1, x, y + 1, x, y));
  }
}
