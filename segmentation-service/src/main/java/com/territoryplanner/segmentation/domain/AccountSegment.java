package com.territoryplanner.segmentation.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** An account's segment as the API shows it. */
public record AccountSegment(
    String accountId,
    BigDecimal potential,
    String currency,
    SizeTier sizeTier,
    String modelVersion,
    PotentialParts parts,
    Instant updatedAt) {}
