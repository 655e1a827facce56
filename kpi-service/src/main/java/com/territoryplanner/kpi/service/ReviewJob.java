package com.territoryplanner.kpi.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Every {@code kpi.reviews.interval}: opens the reviews that fell due and measures the balance of
 * every plan that owns accounts today, each plan in its own transaction so that one failing plan
 * does not hold back the others. Replicas running it at once are harmless: due reviews are claimed
 * with SKIP LOCKED and a plan's measurements are serialised.
 */
@ApplicationScoped
public class ReviewJob {

  private static final Logger LOG = Logger.getLogger(ReviewJob.class);

  private final ReviewService reviews;
  private final BalanceHealthService health;

  ReviewJob(ReviewService reviews, BalanceHealthService health) {
    this.reviews = reviews;
    this.health = health;
  }

  @Scheduled(
      every = "${kpi.reviews.interval:1h}",
      delayed = "10s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void run() {
    try {
      reviews.openDue(LocalDate.now(ZoneOffset.UTC));
    } catch (RuntimeException e) {
      LOG.warnf("Opening due reviews failed, will retry: %s", e.getMessage());
    }
    try {
      for (UUID plan : health.currentPlans()) {
        try {
          health.measure(plan);
        } catch (RuntimeException e) {
          LOG.warnf("Measuring plan %s failed, will retry: %s", plan, e.getMessage());
        }
      }
    } catch (RuntimeException e) {
      LOG.warnf("Finding the current plans failed, will retry: %s", e.getMessage());
    }
  }
}
