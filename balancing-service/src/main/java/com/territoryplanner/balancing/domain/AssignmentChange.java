package com.territoryplanner.balancing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One owner change, as partners pull it.
 *
 * @param sequence its place in the log: changes are numbered in the order they were committed
 * @param rule why the account is in the territory (see {@link OwnerView})
 * @param cause what changed the owner: ACTIVATION or ROLLBACK of a plan, DEPARTURE or JOIN of a
 *     rep, COVERAGE or COVERAGE_ENDED of a territory, or LIVE_ASSIGNMENT of an account that arrived
 *     or moved under the active plan
 * @param changedBy who made the change: the caller's principal, or "system" for live assignment
 */
public record AssignmentChange(
    long sequence,
    String accountId,
    UUID planId,
    UUID territoryId,
    String territoryName,
    UUID repId,
    String repName,
    LocalDate effectiveFrom,
    String rule,
    String cause,
    Instant changedAt,
    String changedBy) {}
