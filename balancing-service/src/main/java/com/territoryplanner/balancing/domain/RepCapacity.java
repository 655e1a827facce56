package com.territoryplanner.balancing.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A rep's capacity in one plan only (a scenario's part-time rep, a ramping hire). */
public record RepCapacity(
    @NotNull UUID repId,
    @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") Double capacity) {}
