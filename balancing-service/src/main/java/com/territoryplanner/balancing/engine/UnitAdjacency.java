package com.territoryplanner.balancing.engine;

import com.territoryplanner.balancing.engine.design.UnitGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.triangulate.DelaunayTriangulationBuilder;

/**
 * Which units are neighbours, for units known only by a point (postal-code or account centroids):
 * two units are neighbours when their points are Delaunay neighbours. Units on the same point hang
 * off the first of them, so the graph stays connected. Until polygons and adjacency are imported
 * (issue 4), this is the standard proxy. The neighbours are kept on the units, where the solver's
 * contiguity constraint reads them, and the territory designer's graph is built from them.
 */
public final class UnitAdjacency {

  private UnitAdjacency() {}

  /** The graph's metrics, by index. */
  public static final int POTENTIAL = 0;

  public static final int ACCOUNTS = 1;

  /** Sets the neighbours of every located unit. */
  public static void link(List<BasicUnit> located) {
    Map<String, List<String>> neighbours = new LinkedHashMap<>();
    Map<Coordinate, List<BasicUnit>> bySite = new LinkedHashMap<>();
    for (BasicUnit unit : located) {
      neighbours.put(unit.getId(), new ArrayList<>());
      bySite
          .computeIfAbsent(
              new Coordinate(unit.getLongitude(), unit.getLatitude()), c -> new ArrayList<>())
          .add(unit);
    }
    for (List<BasicUnit> together : bySite.values()) {
      for (int i = 1; i < together.size(); i++) {
        connect(neighbours, together.get(0).getId(), together.get(i).getId());
      }
    }
    if (bySite.size() >= 2) {
      DelaunayTriangulationBuilder delaunay = new DelaunayTriangulationBuilder();
      delaunay.setSites(new ArrayList<>(bySite.keySet()));
      Geometry edges = delaunay.getEdges(new GeometryFactory());
      for (int i = 0; i < edges.getNumGeometries(); i++) {
        LineString edge = (LineString) edges.getGeometryN(i);
        connect(
            neighbours,
            siteUnit(bySite, edge.getCoordinateN(0)),
            siteUnit(bySite, edge.getCoordinateN(1)));
      }
    }
    for (BasicUnit unit : located) {
      unit.setNeighbourIds(neighbours.get(unit.getId()));
    }
  }

  /**
   * The graph of the given located units, in their order, with their potential and account count; a
   * neighbour outside the list is left out.
   */
  public static UnitGraph of(List<BasicUnit> located) {
    UnitGraph.Builder builder = UnitGraph.builder(List.of("potential", "accounts"));
    Set<String> present = new HashSet<>();
    for (BasicUnit unit : located) {
      builder.unit(
          unit.getId(),
          unit.getLatitude(),
          unit.getLongitude(),
          unit.getPotential(),
          unit.getAccountCount());
      present.add(unit.getId());
    }
    for (BasicUnit unit : located) {
      for (String neighbour : unit.getNeighbourIds()) {
        // each edge once, from its smaller end
        if (present.contains(neighbour) && unit.getId().compareTo(neighbour) < 0) {
          builder.edge(unit.getId(), neighbour);
        }
      }
    }
    return builder.build();
  }

  private static void connect(Map<String, List<String>> neighbours, String a, String b) {
    neighbours.get(a).add(b);
    neighbours.get(b).add(a);
  }

  private static String siteUnit(Map<Coordinate, List<BasicUnit>> bySite, Coordinate point) {
    // Coordinate equality ignores z, which the triangulation may set.
    return bySite.get(new Coordinate(point.x, point.y)).get(0).getId();
  }
}
