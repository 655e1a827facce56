package com.territoryplanner.balancing.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A draft plan: one territory per rep. {@code balanceTolerance} is the allowed relative deviation
 * of a territory's potential from its target (default 0.05, i.e. 5 %); {@code workloadTolerance},
 * when given, balances the number of accounts per territory as well, within that deviation; {@code
 * limits} bound every territory's potential and accounts absolutely; {@code specialists} route
 * accounts that need a skill to the reps who have it; {@code potentialWeights} count some accounts'
 * potential more (see {@link PotentialWeight}).
 */
public record PlanRequest(
    @NotBlank @Size(max = 200) String name,
    @NotEmpty @Size(max = 1000) List<@NotNull UUID> repIds,
    @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) Double balanceTolerance,
    @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) Double workloadTolerance,
    @Valid PlanLimits limits,
    @Size(max = 100) List<@Valid @NotNull SpecialistRule> specialists,
    @Size(max = 100) List<@Valid @NotNull PotentialWeight> potentialWeights) {

  public List<PotentialWeight> potentialWeightsOrNone() {
    return potentialWeights == null ? List.of() : potentialWeights;
  }

  public List<SpecialistRule> specialistsOrNone() {
    return specialists == null ? List.of() : specialists;
  }

  public double toleranceOrDefault() {
    return balanceTolerance == null ? 0.05 : balanceTolerance;
  }
}
