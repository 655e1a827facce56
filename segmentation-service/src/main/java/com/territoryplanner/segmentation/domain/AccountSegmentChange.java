package com.territoryplanner.segmentation.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** An account's segment as {@code segments.v1} publishes it, after a change. */
public record AccountSegmentChange(
    String accountId,
    BigDecimal potential,
    String currency,
    SizeTier sizeTier,
    String modelVersion,
    String segment,
    String segmentModel,
    Instant changedAt) {}
