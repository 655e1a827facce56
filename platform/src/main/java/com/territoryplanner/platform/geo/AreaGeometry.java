package com.territoryplanner.platform.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.IntersectionMatrix;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * An area on the map (a geography unit's, a segment's): a Polygon or MultiPolygon, read from
 * GeoJSON (RFC 7946, lon/lat) or WKT, and written back as GeoJSON. Two units are adjacent when
 * their boundaries share a line (rook adjacency: touching at a corner is not enough) or, in
 * imperfect data, their areas overlap.
 */
public final class AreaGeometry {

  private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);
  private static final ObjectMapper JSON = new ObjectMapper();

  private AreaGeometry() {}

  /** The geometry the text describes; throws IllegalArgumentException saying what is wrong. */
  public static Geometry read(String text) {
    Geometry geometry = text.trim().startsWith("{") ? fromGeoJson(text) : fromWkt(text);
    if (!(geometry instanceof Polygon) && !geometry.getGeometryType().equals("MultiPolygon")) {
      throw new IllegalArgumentException(
          "is a " + geometry.getGeometryType() + "; an area is a Polygon or MultiPolygon");
    }
    for (Coordinate c : geometry.getCoordinates()) {
      if (Math.abs(c.x) > 180 || Math.abs(c.y) > 90) {
        throw new IllegalArgumentException(
            "has a position outside lon -180..180, lat -90..90: [" + c.x + ", " + c.y + "]");
      }
    }
    TopologyValidationError error = new IsValidOp(geometry).getValidationError();
    if (error != null) {
      throw new IllegalArgumentException("is not a valid area: " + error.getMessage());
    }
    return geometry;
  }

  /** A point of the unit: its centroid, or a point inside it when the centroid falls outside. */
  public static Coordinate centre(Geometry geometry) {
    Geometry centroid = geometry.getCentroid();
    return (geometry.contains(centroid) ? centroid : geometry.getInteriorPoint()).getCoordinate();
  }

  public static boolean adjacent(Geometry a, Geometry b) {
    if (!a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
      return false;
    }
    IntersectionMatrix relation = a.relate(b);
    return relation.get(Location.BOUNDARY, Location.BOUNDARY) >= 1
        || relation.get(Location.INTERIOR, Location.INTERIOR) == 2;
  }

  public static String toGeoJson(Geometry geometry) {
    StringBuilder json = new StringBuilder("{\"type\":\"").append(geometry.getGeometryType());
    json.append("\",\"coordinates\":");
    if (geometry instanceof Polygon polygon) {
      polygon(json, polygon);
    } else {
      json.append('[');
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        json.append(i == 0 ? "" : ",");
        polygon(json, (Polygon) geometry.getGeometryN(i));
      }
      json.append(']');
    }
    return json.append('}').toString();
  }

  private static void polygon(StringBuilder json, Polygon polygon) {
    json.append('[');
    ring(json, polygon.getExteriorRing().getCoordinates());
    for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
      json.append(',');
      ring(json, polygon.getInteriorRingN(i).getCoordinates());
    }
    json.append(']');
  }

  private static void ring(StringBuilder json, Coordinate[] ring) {
    json.append('[');
    for (int i = 0; i < ring.length; i++) {
      json.append(i == 0 ? "[" : ",[").append(ring[i].x).append(',').append(ring[i].y).append(']');
    }
    json.append(']');
  }

  private static Geometry fromWkt(String text) {
    try {
      return new WKTReader(GEOMETRY).read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException("is neither GeoJSON nor WKT: " + e.getMessage());
    }
  }

  private static Geometry fromGeoJson(String text) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException("is not valid GeoJSON");
    }
    String type = node.path("type").asText();
    JsonNode coordinates = node.path("coordinates");
    return switch (type) {
      case "Polygon" -> polygon(coordinates);
      case "MultiPolygon" -> {
        List<Polygon> parts = new ArrayList<>();
        coordinates.forEach(part -> parts.add(polygon(part)));
        yield GEOMETRY.createMultiPolygon(parts.toArray(Polygon[]::new));
      }
      default ->
          throw new IllegalArgumentException(
              "is a GeoJSON '" + type + "'; an area is a Polygon or MultiPolygon");
    };
  }

  private static Polygon polygon(JsonNode rings) {
    if (!rings.isArray() || rings.isEmpty()) {
      throw new IllegalArgumentException("has a polygon without rings");
    }
    List<LinearRing> linear = new ArrayList<>();
    for (JsonNode ring : rings) {
      List<Coordinate> positions = new ArrayList<>();
      for (JsonNode position : ring) {
        if (position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
          throw new IllegalArgumentException("has a position that is not [lon, lat]");
        }
        positions.add(new Coordinate(position.get(0).asDouble(), position.get(1).asDouble()));
      }
      if (positions.size() < 4 || !positions.get(0).equals2D(positions.get(positions.size() - 1))) {
        throw new IllegalArgumentException(
            "has a ring that is not closed or has fewer than 4 positions");
      }
      linear.add(GEOMETRY.createLinearRing(positions.toArray(Coordinate[]::new)));
    }
    return GEOMETRY.createPolygon(
        linear.get(0), linear.subList(1, linear.size()).toArray(LinearRing[]::new));
  }
}
