package com.territoryplanner.balancing.engine;

/** One territory to fill: its id and its rep's home base and relative capacity. */
public record RepInput(
    String territoryId, double homeLatitude, double homeLongitude, double capacity) {}
