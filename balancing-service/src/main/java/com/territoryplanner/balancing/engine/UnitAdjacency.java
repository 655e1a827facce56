package com.territoryplanner.balancing.engine;

import com.territoryplanner.balancing.engine.design.UnitGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.triangulate.DelaunayTriangulationBuilder;

/**
 * The territory designer's graph for units known only by a point (postal-code or account
 * centroids): two units are neighbours when their points are Delaunay neighbours. Units on the same
 * point hang off the first of them, so the graph stays connected. Until polygons and adjacency are
 * imported (issue 4), this is the standard proxy.
 */
public final class UnitAdjacency {

  private UnitAdjacency() {}

  /** The graph's metrics, by index. */
  public static final int POTENTIAL = 0;

  public static final int ACCOUNTS = 1;

  /** A graph of the located units, in the given order, with their potential and account count. */
  public static UnitGraph of(List<BasicUnit> located) {
    UnitGraph.Builder builder = UnitGraph.builder(List.of("potential", "accounts"));
    Map<Coordinate, List<BasicUnit>> bySite = new LinkedHashMap<>();
    for (BasicUnit unit : located) {
      builder.unit(
          unit.getId(),
          unit.getLatitude(),
          unit.getLongitude(),
          unit.getPotential(),
          unit.getAccountCount());
      bySite
          .computeIfAbsent(
              new Coordinate(unit.getLongitude(), unit.getLatitude()), c -> new ArrayList<>())
          .add(unit);
    }
    for (List<BasicUnit> together : bySite.values()) {
      for (int i = 1; i < together.size(); i++) {
        builder.edge(together.get(0).getId(), together.get(i).getId());
      }
    }
    if (bySite.size() >= 2) {
      DelaunayTriangulationBuilder delaunay = new DelaunayTriangulationBuilder();
      delaunay.setSites(new ArrayList<>(bySite.keySet()));
      Geometry edges = delaunay.getEdges(new GeometryFactory());
      for (int i = 0; i < edges.getNumGeometries(); i++) {
        LineString edge = (LineString) edges.getGeometryN(i);
        builder.edge(
            siteUnit(bySite, edge.getCoordinateN(0)), siteUnit(bySite, edge.getCoordinateN(1)));
      }
    }
    return builder.build();
  }

  private static String siteUnit(Map<Coordinate, List<BasicUnit>> bySite, Coordinate point) {
    // Coordinate equality ignores z, which the triangulation may set.
    return bySite.get(new Coordinate(point.x, point.y)).get(0).getId();
  }
}
