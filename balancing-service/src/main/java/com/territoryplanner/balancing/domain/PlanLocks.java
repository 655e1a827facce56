package com.territoryplanner.balancing.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** All locks of a draft plan; every solve of the plan keeps them. */
public record PlanLocks(@NotNull @Size(max = 10_000) List<@Valid @NotNull UnitLock> locks) {}
