package com.territoryplanner.balancing.domain;

/**
 * How much of the account base balancing can plan with: accounts known, those with a potential from
 * segmentation, those with a location.
 */
public record PlanningCopySummary(long accounts, long withPotential, long withLocation) {}
