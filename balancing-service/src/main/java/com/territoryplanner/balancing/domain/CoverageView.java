package com.territoryplanner.balancing.domain;

/**
 * A territory after its coverage began or ended, and how many accounts changed owner (published on
 * the active plan; 0 on drafts).
 */
public record CoverageView(TerritoryView territory, int ownersChanged) {}
