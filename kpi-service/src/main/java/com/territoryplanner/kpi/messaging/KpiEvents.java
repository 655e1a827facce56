package com.territoryplanner.kpi.messaging;

import com.territoryplanner.contracts.KpiRollupEvent;
import com.territoryplanner.contracts.PlanReviewEvent;
import com.territoryplanner.contracts.Topics;
import com.territoryplanner.kpi.domain.PlanReview;
import com.territoryplanner.kpi.domain.ReviewStatus;
import com.territoryplanner.kpi.domain.TerritoryBookings;
import com.territoryplanner.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** The events the KPI service publishes, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class KpiEvents {

  private final Outbox outbox;

  KpiEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  public void bookingsRolledUp(TerritoryBookings rollup, Instant at) {
    outbox.append(
        Topics.KPI_ROLLUPS,
        new KpiRollupEvent(
            UUID.randomUUID(),
            KpiRollupEvent.BOOKINGS_ROLLED_UP,
            at,
            KpiRollupEvent.SCHEMA_VERSION,
            rollup.territoryId(),
            rollup.territoryName(),
            rollup.currency(),
            rollup.bookings(),
            rollup.wonDeals()));
  }

  /** The review opened or closed, as its status now says. */
  public void reviewChanged(PlanReview review, Instant at) {
    outbox.append(
        Topics.PLAN_REVIEW,
        new PlanReviewEvent(
            UUID.randomUUID(),
            review.status() == ReviewStatus.CLOSED
                ? PlanReviewEvent.CLOSED
                : PlanReviewEvent.OPENED,
            at,
            PlanReviewEvent.SCHEMA_VERSION,
            review.planId(),
            review.id(),
            review.kind().name(),
            review.trigger() == null ? null : review.trigger().name(),
            review.title(),
            review.details(),
            review.dueDate(),
            review.status().name(),
            review.breaches().stream()
                .map(
                    breach ->
                        new PlanReviewEvent.Breach(
                            breach.metric(),
                            breach.spread(),
                            breach.tolerance(),
                            breach.furthest()))
                .toList()));
  }
}
