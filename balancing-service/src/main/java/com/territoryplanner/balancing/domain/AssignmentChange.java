package com.territoryplanner.balancing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One owner change, as partners pull it.
 *
 * @param sequence its place in the log: changes are numbered in the order they were committed
 * @param rule why the account is in the territory (see {@link OwnerView})
 * @param cause what changed the owner: ACTIVATION of a plan, or LIVE_ASSIGNMENT of an account that
 *     arrived or moved under the active plan
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
    Instant changedAt) {}
