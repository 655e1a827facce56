package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.domain.PlanView;
import com.territoryplanner.balancing.domain.TerritoryMap;
import com.territoryplanner.balancing.domain.TerritoryMap.Feature;
import com.territoryplanner.balancing.domain.TerritoryMap.Outline;
import com.territoryplanner.balancing.domain.TerritoryMap.Properties;
import com.territoryplanner.balancing.domain.TerritoryView;
import com.territoryplanner.balancing.engine.TerritoryOutlines;
import com.territoryplanner.balancing.repository.Assignments;
import com.territoryplanner.platform.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** A plan's territories on a map: outlines of their units with each territory's figures. */
@ApplicationScoped
public class TerritoryMapService {

  /** How far the map reaches beyond the outermost units: about 5 km. */
  private static final double MARGIN_DEGREES = 0.05;

  private final PlanService plans;
  private final Assignments assignments;

  TerritoryMapService(PlanService plans, Assignments assignments) {
    this.plans = plans;
    this.assignments = assignments;
  }

  @Transactional
  public TerritoryMap map(UUID planId) {
    PlanView plan = plans.get(planId);
    Map<String, String> territoryByUnit = new HashMap<>();
    assignments
        .territoryByUnit(planId)
        .forEach((unit, t) -> territoryByUnit.put(unit, t.toString()));
    if (territoryByUnit.isEmpty()) {
      throw ApiProblem.conflict(
          "plan-not-solved", "Plan " + planId + " has no stored solution yet; solve it first");
    }
    Map<String, Geometry> outlines =
        TerritoryOutlines.of(assignments.unitCentres(planId), territoryByUnit, MARGIN_DEGREES);
    List<Feature> features = new ArrayList<>();
    for (TerritoryView territory : plan.territories()) {
      Geometry outline = outlines.get(territory.id().toString());
      features.add(
          new Feature(
              territory.id(),
              outline == null ? null : outline(outline),
              new Properties(
                  territory.name(),
                  territory.repId(),
                  territory.repName(),
                  territory.potential(),
                  territory.targetPotential(),
                  territory.accountCount(),
                  territory.unitCount())));
    }
    return new TerritoryMap(planId, features);
  }

  private static Outline outline(Geometry geometry) {
    List<List<double[][]>> polygons = new ArrayList<>();
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      if (geometry.getGeometryN(i) instanceof Polygon polygon && !polygon.isEmpty()) {
        List<double[][]> rings = new ArrayList<>();
        rings.add(positions(polygon.getExteriorRing().getCoordinates()));
        for (int r = 0; r < polygon.getNumInteriorRing(); r++) {
          rings.add(positions(polygon.getInteriorRingN(r).getCoordinates()));
        }
        polygons.add(rings);
      }
    }
    return new Outline(polygons);
  }

  /** Rounded to about a metre: more digits only weigh on the wire. */
  private static double[][] positions(Coordinate[] ring) {
    double[][] positions = new double[ring.length][];
    for (int i = 0; i < ring.length; i++) {
      positions[i] =
          new double[] {Math.round(ring[i].x * 1e5) / 1e5, Math.round(ring[i].y * 1e5) / 1e5};
    }
    return positions;
  }
}
