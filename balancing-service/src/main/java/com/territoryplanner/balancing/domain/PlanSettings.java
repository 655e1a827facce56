package com.territoryplanner.balancing.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What-if changes to a draft's settings, as in {@link PlanRequest}; a field left out stays as it
 * is, and {@code limits}, {@code specialists} or {@code potentialWeights}, when given, replace the
 * plan's. {@code capacities} give reps another capacity in this plan only (the rep elsewhere keeps
 * theirs).
 */
public record PlanSettings(
    @Size(min = 1, max = 200) String name,
    @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) Double balanceTolerance,
    @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) Double workloadTolerance,
    @Valid PlanLimits limits,
    @Size(max = 100) List<@Valid @NotNull SpecialistRule> specialists,
    @Size(max = 100) List<@Valid @NotNull PotentialWeight> potentialWeights,
    @Size(max = 1000) List<@Valid @NotNull RepCapacity> capacities) {}
