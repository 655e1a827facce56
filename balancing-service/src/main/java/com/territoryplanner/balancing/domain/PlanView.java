package com.territoryplanner.balancing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A plan with its territories. {@code version} rises with every change to the plan; send it back in
 * If-Match to change the plan only if nobody else has since.
 */
public record PlanView(
    UUID id,
    long version,
    String name,
    PlanStatus status,
    double balanceTolerance,
    Double workloadTolerance,
    PlanLimits limits,
    List<SpecialistRule> specialists,
    List<PotentialWeight> potentialWeights,
    Instant createdAt,
    Instant activatedAt,
    LocalDate effectiveFrom,
    List<TerritoryView> territories) {}
