package com.territoryplanner.balancing.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A postal code whose accounts stay with one rep of the plan, whatever the solver does. */
public record UnitLock(@NotBlank @Size(max = 20) String postalCode, @NotNull UUID repId) {}
