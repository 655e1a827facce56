package com.territoryplanner.segmentation.domain.tree;

import java.time.Instant;
import java.util.List;

/** A model version evaluated over every account and the market: its totals per segment. */
public record SegmentEvaluation(
    String model,
    int version,
    Instant evaluatedAt,
    long accounts,
    long companies,
    List<SegmentTotals> segments) {}
