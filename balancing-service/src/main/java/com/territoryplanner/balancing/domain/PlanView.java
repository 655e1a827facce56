package com.territoryplanner.balancing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A plan with its territories. */
public record PlanView(
    UUID id,
    String name,
    PlanStatus status,
    double balanceTolerance,
    Double workloadTolerance,
    PlanLimits limits,
    List<SpecialistRule> specialists,
    Instant createdAt,
    Instant activatedAt,
    LocalDate effectiveFrom,
    List<TerritoryView> territories) {}
