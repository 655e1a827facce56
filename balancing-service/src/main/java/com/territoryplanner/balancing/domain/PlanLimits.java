package com.territoryplanner.balancing.domain;

import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * Hard bounds every territory of a plan must respect, whatever its target: each optional. A
 * territory outside them makes the plan infeasible, like one outside its tolerance.
 */
public record PlanLimits(
    @PositiveOrZero BigDecimal minPotential,
    @PositiveOrZero BigDecimal maxPotential,
    @PositiveOrZero Integer minAccounts,
    @PositiveOrZero Integer maxAccounts) {}
