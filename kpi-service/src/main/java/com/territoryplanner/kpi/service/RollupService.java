package com.territoryplanner.kpi.service;

import com.territoryplanner.kpi.config.KpiConfig;
import com.territoryplanner.kpi.domain.RollupChanges;
import com.territoryplanner.kpi.domain.RollupChanges.Totals;
import com.territoryplanner.kpi.domain.TerritoryBookings;
import com.territoryplanner.kpi.messaging.KpiEvents;
import com.territoryplanner.kpi.repository.DirtyMarks;
import com.territoryplanner.kpi.repository.OwnerPeriods;
import com.territoryplanner.kpi.repository.RollupRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Credits again the deals of accounts whose owners changed and recomputes the bookings of every
 * territory whose deals changed, one SQL aggregate each, publishing the rollups that changed. Runs
 * every {@code kpi.rollup.interval}, never overlapping itself, and drains the backlog in batches.
 */
@ApplicationScoped
public class RollupService {

  private static final Logger LOG = Logger.getLogger(RollupService.class);

  private final RollupRepository rollups;
  private final DirtyMarks marks;
  private final OwnerPeriods owners;
  private final KpiEvents events;
  private final KpiConfig config;

  /** The last day whose owner changes were applied to open deals (pipeline counts for today). */
  private LocalDate ownersAppliedThrough;

  RollupService(
      RollupRepository rollups,
      DirtyMarks marks,
      OwnerPeriods owners,
      KpiEvents events,
      KpiConfig config) {
    this.rollups = rollups;
    this.marks = marks;
    this.owners = owners;
    this.events = events;
    this.config = config;
  }

  @Scheduled(
      every = "${kpi.rollup.interval:1s}",
      delayed = "1s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void rollUp() {
    try {
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      if (!today.equals(ownersAppliedThrough)) {
        markOwnersStartingThrough(today);
        ownersAppliedThrough = today;
      }
      while (recomputeBatch() == config.rollup().batchSize()) {
        // a full batch means a backlog; marks that arrive meanwhile wait for the next tick
      }
    } catch (RuntimeException e) {
      // the marks of a failed batch roll back with it and are retried on the next tick
      LOG.warnf("Rollup recomputation paused, will retry: %s", e.getMessage());
    }
  }

  /**
   * A plan that takes effect today moves the open deals of its accounts: they are credited again.
   * On the first run, the owners starting today; afterwards, those since the last run's day.
   */
  @Transactional
  void markOwnersStartingThrough(LocalDate today) {
    LocalDate after = ownersAppliedThrough == null ? today.minusDays(1) : ownersAppliedThrough;
    List<String> accounts = owners.startingBetween(after, today);
    if (!accounts.isEmpty()) {
      marks.markAccounts(accounts);
    }
  }

  /**
   * Credits one batch of dirty accounts again and recomputes the territories their deals left or
   * joined, and the territories marked themselves; returns the size of the larger claim.
   */
  @Transactional
  public int recomputeBatch() {
    if (!marks.drainAlone()) {
      return 0; // another replica is draining them
    }
    int batchSize = config.rollup().batchSize();
    List<String> accounts = marks.claimAccounts(batchSize);
    Set<UUID> territories = new LinkedHashSet<>();
    if (!accounts.isEmpty()) {
      territories.addAll(rollups.recredit(accounts, config.crediting()));
    }
    List<UUID> marked = marks.claimTerritories(batchSize);
    territories.addAll(marked);
    Instant now = Instant.now();
    Map<UUID, Map<String, Totals>> won = rollups.wonTotals(territories);
    Map<UUID, String> names = rollups.currentNames(territories);
    Map<UUID, List<TerritoryBookings>> stored = rollups.rollupsOf(territories);
    for (UUID territoryId : territories) {
      List<TerritoryBookings> changed =
          RollupChanges.between(
              territoryId,
              names.get(territoryId),
              stored.getOrDefault(territoryId, List.of()),
              won.getOrDefault(territoryId, Map.of()));
      for (TerritoryBookings rollup : changed) {
        rollups.save(rollup, now);
        events.bookingsRolledUp(rollup, now);
      }
    }
    return Math.max(accounts.size(), marked.size());
  }
}
