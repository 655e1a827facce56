package com.territoryplanner.balancing.domain;

import java.time.LocalDate;
import java.util.UUID;

/** Who owns an account in the active plan. */
public record OwnerView(
    String accountId,
    UUID planId,
    UUID territoryId,
    String territoryName,
    UUID repId,
    String repName,
    LocalDate effectiveFrom) {}
