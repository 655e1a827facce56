package com.territoryplanner.balancing.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A plan's territories as a GeoJSON FeatureCollection (RFC 7946, longitude before latitude): each
 * territory's outline with its rep and figures. A territory without a located unit has no geometry.
 */
public record TerritoryMap(String type, UUID planId, List<Feature> features) {

  public TerritoryMap(UUID planId, List<Feature> features) {
    this("FeatureCollection", planId, features);
  }

  public record Feature(String type, UUID id, Outline geometry, Properties properties) {

    public Feature(UUID id, Outline geometry, Properties properties) {
      this("Feature", id, geometry, properties);
    }
  }

  /** A MultiPolygon: polygons of rings of [longitude, latitude] positions. */
  public record Outline(String type, List<List<double[][]>> coordinates) {

    public Outline(List<List<double[][]>> coordinates) {
      this("MultiPolygon", coordinates);
    }
  }

  public record Properties(
      String name,
      UUID repId,
      String repName,
      BigDecimal potential,
      BigDecimal targetPotential,
      int accountCount,
      int unitCount) {}
}
