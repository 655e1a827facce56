package com.territoryplanner.kpi.service;

import com.territoryplanner.kpi.domain.Feedback;
import com.territoryplanner.kpi.domain.MetricSpread;
import com.territoryplanner.kpi.domain.PlanReview;
import com.territoryplanner.kpi.domain.ReviewCalendar;
import com.territoryplanner.kpi.domain.ReviewKind;
import com.territoryplanner.kpi.domain.ReviewStatus;
import com.territoryplanner.kpi.domain.ReviewTrigger;
import com.territoryplanner.kpi.messaging.KpiEvents;
import com.territoryplanner.kpi.repository.PlanLocks;
import com.territoryplanner.kpi.repository.ReviewStore;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reviews of a plan: a calendar of quarterly check-ins and an annual deep dive, opened when due;
 * reviews opened by trigger events and by drift; closing them; and feedback notes on territories
 * and reviews. Every review that opens or closes is published on {@code plan-review.v1}.
 */
@ApplicationScoped
public class ReviewService {

  private static final int TITLE_LIMIT = 200;
  private static final int TEXT_LIMIT = 10_000;

  private final ReviewStore store;
  private final PlanLocks locks;
  private final KpiEvents events;

  ReviewService(ReviewStore store, PlanLocks locks, KpiEvents events) {
    this.store = store;
    this.locks = locks;
    this.events = events;
  }

  /**
   * Replaces the plan's scheduled check-ins and deep dive with those of the year from {@code
   * start}; one already due opens now.
   */
  @Transactional
  public List<PlanReview> scheduleYear(UUID planId, LocalDate start) {
    if (start == null) {
      throw ApiProblem.invalid(
          "The review calendar is invalid",
          List.of(Violation.field("start", "is required (the plan year's first day)")));
    }
    // two calendars set at once would both drop the old one and both insert
    locks.lock(planId);
    store.dropScheduled(planId);
    LocalDate today = today();
    for (ReviewCalendar.Entry entry : ReviewCalendar.yearFrom(start)) {
      PlanReview review =
          new PlanReview(
              UUID.randomUUID(),
              planId,
              entry.kind(),
              null,
              entry.title(),
              null,
              entry.due(),
              ReviewStatus.SCHEDULED,
              null,
              null,
              null,
              List.of());
      if (entry.due().isAfter(today)) {
        store.save(review);
      } else {
        openNow(review);
      }
    }
    return store.ofPlan(planId, null);
  }

  /** Opens every scheduled review due on or before {@code day}; returns how many opened. */
  @Transactional
  public int openDue(LocalDate day) {
    List<PlanReview> due = store.dueThrough(day);
    due.forEach(this::openNow);
    return due.size();
  }

  /** A business event that calls the plan into question opens a review today. */
  @Transactional
  public PlanReview reportTrigger(UUID planId, String trigger, String title, String details) {
    List<Violation> violations = new ArrayList<>();
    ReviewTrigger kind = null;
    if (trigger == null || trigger.isBlank()) {
      violations.add(Violation.field("trigger", "is required; " + triggers()));
    } else {
      try {
        kind = ReviewTrigger.valueOf(trigger.trim());
      } catch (IllegalArgumentException e) {
        violations.add(Violation.field("trigger", "'" + trigger + "' is not known; " + triggers()));
      }
    }
    text("title", title, TITLE_LIMIT, true, violations);
    text("details", details, TEXT_LIMIT, false, violations);
    if (!violations.isEmpty()) {
      throw ApiProblem.invalid("The trigger event is invalid", violations);
    }
    return open(planId, ReviewKind.TRIGGER, kind, title.strip(), details, List.of());
  }

  /**
   * Opens a review due today and publishes it. In the caller's transaction.
   *
   * @param breaches the metrics out of tolerance, for a drift review
   */
  PlanReview open(
      UUID planId,
      ReviewKind kind,
      ReviewTrigger trigger,
      String title,
      String details,
      List<MetricSpread> breaches) {
    return openNow(
        new PlanReview(
            UUID.randomUUID(),
            planId,
            kind,
            trigger,
            title,
            details,
            today(),
            ReviewStatus.SCHEDULED,
            null,
            null,
            null,
            breaches));
  }

  /** Whether the plan has an open review of this kind. In the caller's transaction. */
  boolean hasOpen(UUID planId, ReviewKind kind) {
    return store.hasOpen(planId, kind);
  }

  /** Closes a review, open or still scheduled, with what was decided. */
  @Transactional
  public PlanReview close(UUID planId, UUID reviewId, String resolution) {
    List<Violation> violations = new ArrayList<>();
    text("resolution", resolution, TEXT_LIMIT, true, violations);
    if (!violations.isEmpty()) {
      throw ApiProblem.invalid("The closure is invalid", violations);
    }
    PlanReview review =
        store
            .findForUpdate(planId, reviewId)
            .orElseThrow(() -> ApiProblem.notFound("Review of plan " + planId, reviewId));
    if (review.status() == ReviewStatus.CLOSED) {
      throw ApiProblem.conflict("review-closed", "Review " + reviewId + " is closed already");
    }
    Instant now = Instant.now();
    PlanReview closed = review.closed(now, resolution.strip());
    store.save(closed);
    events.reviewChanged(closed, now);
    return closed;
  }

  @Transactional
  public List<PlanReview> reviews(UUID planId, String status) {
    ReviewStatus wanted = null;
    if (status != null && !status.isBlank()) {
      try {
        wanted = ReviewStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ApiProblem.invalid(
            "The review query is invalid",
            List.of(
                Violation.field(
                    "status", "'" + status + "' is not one of SCHEDULED, OPEN, CLOSED")));
      }
    }
    return store.ofPlan(planId, wanted);
  }

  /** A note on a territory of the plan, on one of its reviews, or both. */
  @Transactional
  public Feedback addFeedback(
      UUID planId, UUID territoryId, UUID reviewId, UUID repId, String author, String note) {
    List<Violation> violations = new ArrayList<>();
    text("author", author, TITLE_LIMIT, true, violations);
    text("note", note, TEXT_LIMIT, true, violations);
    if (territoryId == null && reviewId == null) {
      violations.add(Violation.field("territoryId", "a territory or a review is required"));
    }
    if (!violations.isEmpty()) {
      throw ApiProblem.invalid("The feedback is invalid", violations);
    }
    if (reviewId != null && store.findForUpdate(planId, reviewId).isEmpty()) {
      throw ApiProblem.notFound("Review of plan " + planId, reviewId);
    }
    Feedback feedback =
        new Feedback(
            UUID.randomUUID(),
            planId,
            territoryId,
            reviewId,
            repId,
            author.strip(),
            note.strip(),
            Instant.now());
    store.saveFeedback(feedback);
    return feedback;
  }

  @Transactional
  public List<Feedback> feedback(UUID planId, UUID territoryId, UUID reviewId) {
    return store.feedback(planId, territoryId, reviewId);
  }

  private PlanReview openNow(PlanReview review) {
    Instant now = Instant.now();
    PlanReview open = review.opened(now);
    store.save(open);
    events.reviewChanged(open, now);
    return open;
  }

  private static void text(
      String field, String value, int limit, boolean required, List<Violation> violations) {
    if (value == null || value.isBlank()) {
      if (required) {
        violations.add(Violation.field(field, "is required"));
      }
    } else if (value.length() > limit) {
      violations.add(Violation.field(field, "is longer than " + limit + " characters"));
    }
  }

  private static String triggers() {
    return "one of " + java.util.Arrays.toString(ReviewTrigger.values());
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
