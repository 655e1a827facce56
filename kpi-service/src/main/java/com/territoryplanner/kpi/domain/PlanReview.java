package com.territoryplanner.kpi.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A review of a territory plan.
 *
 * @param trigger for {@link ReviewKind#TRIGGER} reviews
 * @param breaches for {@link ReviewKind#DRIFT} reviews: the metrics out of tolerance when it opened
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanReview(
    UUID id,
    UUID planId,
    ReviewKind kind,
    ReviewTrigger trigger,
    String title,
    String details,
    LocalDate dueDate,
    ReviewStatus status,
    Instant openedAt,
    Instant closedAt,
    String resolution,
    List<MetricSpread> breaches) {
  /** This review, open from {@code at}. */
  public PlanReview opened(Instant at) {
    return new PlanReview(
        id,
        planId,
        kind,
        trigger,
        title,
        details,
        dueDate,
        ReviewStatus.OPEN,
        at,
        null,
        null,
        breaches);
  }

  /** This review, closed at {@code at} with what was decided. */
  public PlanReview closed(Instant at, String resolution) {
    return new PlanReview(
        id,
        planId,
        kind,
        trigger,
        title,
        details,
        dueDate,
        ReviewStatus.CLOSED,
        openedAt,
        at,
        resolution,
        breaches);
  }
}
