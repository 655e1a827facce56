package com.territoryplanner.kpi.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** A rep's or manager's note on a territory of a plan, or on one of its reviews, or both. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Feedback(
    UUID id,
    UUID planId,
    UUID territoryId,
    UUID reviewId,
    UUID repId,
    String author,
    String note,
    Instant createdAt) {}
