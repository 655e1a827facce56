package com.territoryplanner.balancing.domain;

import java.util.List;
import java.util.UUID;

/**
 * How a plan's stored solution measures up against the accounts as they are now: balance of
 * potential, contiguity over the units' Delaunay graph, compactness, and per territory what it
 * breaks or strains. Accounts that arrived after the solve are counted, not placed.
 */
public record PlanAnalysisView(
    UUID planId,
    boolean feasible,
    double balanceTolerance,
    Double workloadTolerance,
    double compactnessKm,
    double maxDiameterKm,
    int accountsNotPlaced,
    int unitsWithoutLocation,
    List<TerritoryAnalysisView> territories) {

  /**
   * One territory: potential (and workload, when balanced) relative to its target, shape, and
   * findings in words.
   */
  public record TerritoryAnalysisView(
      UUID territoryId,
      String name,
      int units,
      int pieces,
      double potentialShareOfTarget,
      Double workloadShareOfTarget,
      double meanDistanceKm,
      double diameterKm,
      List<String> findings) {}
}
