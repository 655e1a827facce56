package com.territoryplanner.balancing.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A solve job: its status, the best score so far ({@code "0hard/-1234soft"}), whether that solution
 * is feasible, and its balance: the largest relative deviation of a territory from its target.
 */
public record SolveJobView(
    UUID jobId,
    UUID planId,
    JobStatus status,
    int seconds,
    String bestScore,
    Boolean feasible,
    Double maxDeviation,
    String error,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {}
