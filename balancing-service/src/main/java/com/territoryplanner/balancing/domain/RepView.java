package com.territoryplanner.balancing.domain;

import java.time.Instant;
import java.util.UUID;

/** A rep as the API shows it. */
public record RepView(
    UUID id,
    String name,
    String email,
    double homeLatitude,
    double homeLongitude,
    double capacity,
    RepStatus status,
    Instant createdAt,
    Instant updatedAt) {}
