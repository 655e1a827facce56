package com.territoryplanner.balancing.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** An account of the planning copy, as assembled from accounts.v1 and segments.v1. */
public record PlanningAccountView(
    String id,
    String name,
    String postalCode,
    Double latitude,
    Double longitude,
    BigDecimal potential,
    String sizeTier,
    String naics,
    String segment,
    Instant updatedAt) {}
