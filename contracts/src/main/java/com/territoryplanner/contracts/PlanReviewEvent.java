package com.territoryplanner.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code plan-review.v1}: a territory plan needs a review, or a review of it closed. A review opens
 * when the plan's balance drifts out of tolerance ({@code kind} DRIFT, with the {@code breaches}),
 * when a scheduled check-in or deep dive falls due, or when a trigger event occurs (product launch,
 * strategy change, merger).
 */
public record PlanReviewEvent(
    UUID eventId,
    String type,
    Instant occurredAt,
    int schemaVersion,
    UUID planId,
    UUID reviewId,
    String kind,
    String trigger,
    String title,
    String details,
    LocalDate dueDate,
    String status,
    List<Breach> breaches)
    implements DomainEvent {

  public static final String OPENED = "PlanReviewOpened";
  public static final String CLOSED = "PlanReviewClosed";
  public static final int SCHEMA_VERSION = 1;

  /**
   * A balanced metric out of its tolerance: its spread (the largest deviation of a territory from
   * the mean, as a share of the mean) against the tolerance, and the territory furthest out.
   */
  public record Breach(String metric, double spread, double tolerance, UUID territoryId) {}

  @Override
  public String aggregateId() {
    return planId.toString();
  }
}
