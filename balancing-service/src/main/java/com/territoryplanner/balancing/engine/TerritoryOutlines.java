package com.territoryplanner.balancing.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Territory outlines where units are points (postal-code centroids, no polygons): each unit's
 * Voronoi cell, clipped to the area the units cover (their convex hull widened by a margin), and
 * the cells of a territory unioned. The outlines do not overlap and together cover the area, so a
 * map shows every place's territory. Longitude is x, latitude y (GeoJSON order).
 */
public final class TerritoryOutlines {

  private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

  private TerritoryOutlines() {}

  /**
   * @param centres each unit's centre
   * @param territoryByUnit each unit's territory; units without one are left out
   * @param marginDegrees how far the area reaches beyond the outermost units
   * @return each territory's outline, a Polygon or MultiPolygon
   */
  public static Map<String, Geometry> of(
      Map<String, Coordinate> centres, Map<String, String> territoryByUnit, double marginDegrees) {
    Map<Coordinate, String> territoryAt = new HashMap<>();
    centres.forEach(
        (unit, centre) -> {
          String territory = territoryByUnit.get(unit);
          if (territory != null) {
            territoryAt.putIfAbsent(new Coordinate(centre.x, centre.y), territory);
          }
        });
    if (territoryAt.isEmpty()) {
      return Map.of();
    }
    MultiPoint sites =
        GEOMETRY.createMultiPointFromCoords(territoryAt.keySet().toArray(new Coordinate[0]));
    Geometry area = sites.convexHull().buffer(marginDegrees);
    Map<String, List<Geometry>> cells = new LinkedHashMap<>();
    if (territoryAt.size() == 1) {
      cells.put(territoryAt.values().iterator().next(), List.of(area));
    } else {
      VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
      voronoi.setSites(sites);
      voronoi.setClipEnvelope(area.getEnvelopeInternal());
      Geometry diagram = voronoi.getDiagram(GEOMETRY);
      for (int i = 0; i < diagram.getNumGeometries(); i++) {
        Geometry cell = diagram.getGeometryN(i);
        String territory = territoryAt.get((Coordinate) cell.getUserData());
        if (territory != null) {
          cells.computeIfAbsent(territory, t -> new ArrayList<>()).add(cell.intersection(area));
        }
      }
    }
    Map<String, Geometry> outlines = new LinkedHashMap<>();
    cells.forEach((territory, parts) -> outlines.put(territory, UnaryUnionOp.union(parts)));
    return outlines;
  }
}
