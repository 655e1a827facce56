package com.territoryplanner.balancing.domain;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Another rep takes over a territory's accounts for now (its own rep is away, or the territory
 * waits for a hire), from today; {@code until} says when the coverage is expected to end.
 */
public record CoverageRequest(@NotNull UUID repId, LocalDate until) {}
