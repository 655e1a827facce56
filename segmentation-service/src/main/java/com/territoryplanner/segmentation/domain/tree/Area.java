package com.territoryplanner.segmentation.domain.tree;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * A drawn area (Polygon or MultiPolygon): the account's location lies inside it or on its border.
 * The geometry is prepared once, so each test is an indexed point-in-polygon lookup.
 */
public final class Area implements Criterion {

  private static final GeometryFactory POINTS = new GeometryFactory();

  private final Geometry geometry;
  private final PreparedGeometry prepared;

  public Area(Geometry geometry) {
    this.geometry = geometry;
    this.prepared = PreparedGeometryFactory.prepare(geometry);
  }

  @Override
  public boolean matches(SegmentedAccount account) {
    return account.isPlaced()
        && prepared.covers(
            POINTS.createPoint(new Coordinate(account.longitude(), account.latitude())));
  }

  @Override
  public String describe() {
    return "located in the area (" + geometry.getGeometryType() + ")";
  }

  @Override
  public String observed(SegmentedAccount account) {
    return account.isPlaced()
        ? "located at " + account.latitude() + ", " + account.longitude()
        : "no location";
  }
}
