package com.territoryplanner.balancing.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * What stays with one rep of the plan, whatever the solver does: all accounts of a postal code, or
 * a single account (which is then planned on its own, outside its postal code). Exactly one of
 * {@code postalCode} and {@code accountId} is given.
 */
public record UnitLock(
    @Size(min = 1, max = 20) String postalCode,
    @Size(min = 1, max = 200) String accountId,
    @NotNull UUID repId) {}
