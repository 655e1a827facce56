package com.territoryplanner.segmentation.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An account's segment as the API shows it: size tier and potential with its parts, and its segment
 * in the active segmentation model (null while none is active).
 */
public record AccountSegment(
    String accountId,
    BigDecimal potential,
    String currency,
    SizeTier sizeTier,
    String modelVersion,
    PotentialParts parts,
    String segment,
    String segmentModel,
    Instant updatedAt) {}
