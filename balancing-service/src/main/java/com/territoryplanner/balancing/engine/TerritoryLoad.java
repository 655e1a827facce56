package com.territoryplanner.balancing.engine;

/** What one territory carries in a solution. */
public record TerritoryLoad(
    String territoryId,
    long potential,
    long targetPotential,
    int accountCount,
    int unitCount,
    double shareOfTarget) {}
