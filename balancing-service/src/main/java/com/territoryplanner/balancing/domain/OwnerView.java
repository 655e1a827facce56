package com.territoryplanner.balancing.domain;

import java.time.LocalDate;
import java.util.UUID;

/** Who owns an account in a plan: its unit's territory and that territory's rep. */
public record OwnerView(
    String accountId,
    UUID planId,
    UUID territoryId,
    String territoryName,
    UUID repId,
    String repName,
    LocalDate effectiveFrom) {}
