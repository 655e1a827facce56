package com.territoryplanner.balancing.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An account that two rules of the active plan claimed: {@code rule} placed it in {@code
 * territoryId} by precedence, and {@code conflict} says what the overruled rule would have done.
 */
public record AssignmentConflict(
    long id,
    String accountId,
    String rule,
    UUID territoryId,
    String conflict,
    Instant detectedAt) {}
