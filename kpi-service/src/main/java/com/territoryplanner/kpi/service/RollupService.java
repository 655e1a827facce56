package com.territoryplanner.kpi.service;

import com.territoryplanner.kpi.domain.RollupChanges;
import com.territoryplanner.kpi.domain.TerritoryBookings;
import com.territoryplanner.kpi.messaging.KpiEvents;
import com.territoryplanner.kpi.repository.RollupRepository;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Recomputes the rollups of dirty territories, one SQL aggregate each, and publishes the ones that
 * changed. Runs every {@code kpi.rollup.interval}, never overlapping itself.
 */
@ApplicationScoped
public class RollupService {

  public static final String GROUP_BY_TERRITORY = "territory";

  private static final Logger LOG = Logger.getLogger(RollupService.class);

  private final RollupRepository rollups;
  private final KpiEvents events;
  private final int batchSize;

  RollupService(
      RollupRepository rollups,
      KpiEvents events,
      @ConfigProperty(name = "kpi.rollup.batch-size", defaultValue = "200") int batchSize) {
    this.rollups = rollups;
    this.events = events;
    this.batchSize = batchSize;
  }

  @Scheduled(
      every = "${kpi.rollup.interval:1s}",
      delayed = "1s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void recomputeDirtyTerritories() {
    try {
      while (recomputeBatch() == batchSize) {
        // a full batch means a backlog; marks that arrive meanwhile wait for the next tick
      }
    } catch (RuntimeException e) {
      // the marks of a failed batch roll back with it and are retried on the next tick
      LOG.warnf("Rollup recomputation paused, will retry: %s", e.getMessage());
    }
  }

  /** Recomputes one batch of dirty territories; returns the size of its larger claim. */
  @Transactional
  public int recomputeBatch() {
    RollupRepository.Claim claim = rollups.claimDirty(batchSize);
    Instant now = Instant.now();
    for (UUID territoryId : claim.territories()) {
      List<TerritoryBookings> changed =
          RollupChanges.between(
              territoryId,
              rollups.currentName(territoryId),
              rollups.rollupsOf(territoryId),
              rollups.wonTotals(territoryId));
      for (TerritoryBookings rollup : changed) {
        rollups.save(rollup, now);
        events.bookingsRolledUp(rollup, now);
      }
    }
    return claim.marks();
  }

  public List<TerritoryBookings> kpis(String groupBy) {
    if (!GROUP_BY_TERRITORY.equals(groupBy)) {
      throw ApiProblem.invalid(
          "groupBy must be 'territory'",
          List.of(
              Violation.field(
                  "groupBy",
                  groupBy == null
                      ? "is required; supported: territory"
                      : "'" + groupBy + "' is not supported; supported: territory")));
    }
    return rollups.allRollups();
  }
}
