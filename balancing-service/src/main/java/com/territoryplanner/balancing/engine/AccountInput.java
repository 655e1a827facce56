package com.territoryplanner.balancing.engine;

/** One account of the planning copy, as the problem builder needs it. */
public record AccountInput(
    String id, String postalCode, Double latitude, Double longitude, long potential) {}
