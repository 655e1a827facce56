package com.territoryplanner.balancing.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A rep as the API shows it. */
public record RepView(
    UUID id,
    String name,
    String email,
    double homeLatitude,
    double homeLongitude,
    double capacity,
    List<String> skills,
    RepStatus status,
    Instant createdAt,
    Instant updatedAt) {}
