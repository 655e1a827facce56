package com.territoryplanner.segmentation.domain.tree;

import java.time.Instant;
import java.util.List;

/** A stored version of a segmentation model as the API shows it, with all its segments. */
public record SegmentModelVersion(
    String name,
    int version,
    Instant createdAt,
    boolean active,
    Instant activatedAt,
    Instant evaluatedAt,
    List<String> segments,
    SegmentModelDefinition definition) {}
