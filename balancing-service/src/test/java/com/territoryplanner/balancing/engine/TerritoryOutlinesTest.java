package com.territoryplanner.balancing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class TerritoryOutlinesTest {

  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  @Test
  void outlinesSplitTheAreaBetweenTerritoriesWithoutOverlap() {
    // four units in a row, a square apart: West has the first two, East the last two
    Map<String, Coordinate> centres =
        Map.of(
            "u0", new Coordinate(0, 0),
            "u1", new Coordinate(1, 0),
            "u2", new Coordinate(2, 1),
            "u3", new Coordinate(3, 1));
    Map<String, Geometry> outlines =
        TerritoryOutlines.of(
            centres, Map.of("u0", "west", "u1", "west", "u2", "east", "u3", "east"), 0.5);

    Geometry west = outlines.get("west");
    Geometry east = outlines.get("east");
    assertThat(west.contains(point(0.2, 0))).isTrue();
    assertThat(west.contains(point(1.1, 0.1))).isTrue();
    assertThat(east.contains(point(2.9, 1))).isTrue();
    assertThat(west.contains(point(2.9, 1))).isFalse();
    assertThat(west.intersection(east).getArea()).isLessThan(1e-9);
    // together they cover the units' hull widened by the margin
    Geometry area =
        GEOMETRY
            .createMultiPointFromCoords(centres.values().toArray(new Coordinate[0]))
            .convexHull()
            .buffer(0.5);
    assertThat(west.union(east).symDifference(area).getArea()).isLessThan(1e-6);
  }

  @Test
  void unitsWithoutATerritoryAreLeftOutAndOneUnitIsItsArea() {
    Map<String, Geometry> outlines =
        TerritoryOutlines.of(
            Map.of("u0", new Coordinate(5, 5), "u1", new Coordinate(6, 6)),
            Map.of("u0", "only"),
            0.1);
    assertThat(outlines).containsOnlyKeys("only");
    assertThat(outlines.get("only").contains(point(5, 5))).isTrue();
    assertThat(outlines.get("only").getArea()).isGreaterThan(0.03).isLessThan(0.04); // ~pi r^2
  }

  private static Geometry point(double x, double y) {
    return GEOMETRY.createPoint(new Coordinate(x, y));
  }
}
