package com.territoryplanner.ingest.service;

import com.territoryplanner.ingest.config.StagedApplyConfig;
import com.territoryplanner.ingest.domain.AccountQualityTally;
import com.territoryplanner.ingest.domain.ColumnProfile;
import com.territoryplanner.ingest.domain.Geocoding;
import com.territoryplanner.ingest.domain.ImportFormat;
import com.territoryplanner.ingest.domain.ImportedEntity;
import com.territoryplanner.ingest.domain.RecordImport;
import com.territoryplanner.ingest.domain.RejectedRow;
import com.territoryplanner.ingest.domain.RowMapping;
import com.territoryplanner.ingest.domain.SourceRow;
import com.territoryplanner.ingest.domain.StoredRowReader;
import com.territoryplanner.ingest.domain.UpsertOutcome;
import com.territoryplanner.ingest.repository.ImportRepository;
import com.territoryplanner.ingest.repository.ImportRunEntity;
import com.territoryplanner.ingest.repository.StagedRows;
import com.territoryplanner.ingest.repository.StagedRows.StagedBatch;
import com.territoryplanner.ingest.repository.StagedRows.StagedRow;
import com.territoryplanner.platform.persistence.DatabaseFailures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Applies staged imports in the background, oldest first, in the batches their rows were staged in
 * (as read, a thousand rows), each in a transaction of its own: the batch's records and events, its
 * outcome counts and the removal of its staged rows commit together, so an apply stopped anywhere
 * (a restart, a failure) resumes where it stopped, and the relay publishes each batch's events
 * while the next ones are applied. Several workers apply one import at once, each claiming the next
 * batch no other holds; records of one import never link to each other, so the batches resolve as
 * they would one after another. A batch that fails is tried again at the next tick while the
 * imports after it go on; one that fails {@value #ATTEMPTS} times in a row (not for the database
 * being away, nor for a deadlock with another transaction) stops its import for good, as {@link
 * RecordImport#APPLY_FAILED}, and the report says why and which rows were not applied.
 */
@ApplicationScoped
public class StagedImports {

  private static final Logger LOG = Logger.getLogger(StagedImports.class);

  static final int ATTEMPTS = 5;

  private final ImportRepository imports;
  private final StagedRows stagedRows;
  private final RecordDestinations destinations;
  private final int workers;
  private final ExecutorService helpers;
  private final Map<UUID, Integer> failedAttempts = new ConcurrentHashMap<>();
  private volatile boolean stopping;

  StagedImports(
      ImportRepository imports,
      StagedRows stagedRows,
      RecordDestinations destinations,
      StagedApplyConfig config) {
    this.imports = imports;
    this.stagedRows = stagedRows;
    this.destinations = destinations;
    this.workers = Math.max(1, config.workers());
    AtomicInteger threads = new AtomicInteger();
    this.helpers =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "staged-apply-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  @Scheduled(
      every = "1s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void applyWaiting() {
    List<UUID> waiting;
    try {
      waiting = QuarkusTransaction.requiringNew().call(imports::applying);
    } catch (RuntimeException e) {
      LOG.warnf("Staged imports not looked up, will retry: %s", e.getMessage());
      return;
    }
    for (UUID importId : waiting) {
      if (stopping) {
        return;
      }
      try {
        apply(importId);
      } catch (RuntimeException e) {
        // the batch that failed rolled back and stays staged
        if (DatabaseFailures.unavailable(e)) {
          LOG.warnf("Applying staged imports paused, the database is away: %s", e.getMessage());
          return;
        }
        if (DatabaseFailures.conflicted(e)) {
          // two workers (or a worker and a push) in each other's way: not a failure of the rows
          LOG.infof("Applying staged import %s met another transaction, will retry", importId);
          continue;
        }
        int attempts = failedAttempts.merge(importId, 1, Integer::sum);
        if (attempts < ATTEMPTS) {
          LOG.warnf(
              "Applying staged import %s failed (attempt %d of %d), will retry: %s",
              importId, attempts, ATTEMPTS, e.getMessage());
        } else {
          LOG.errorf(
              e, "Applying staged import %s failed %d times in a row, stopped", importId, attempts);
          QuarkusTransaction.requiringNew().run(() -> stopFailed(importId, attempts));
          failedAttempts.remove(importId);
        }
      }
    }
  }

  /** A stopping service ends its apply between batches; the next start resumes it. */
  void stop(@Observes ShutdownEvent event) {
    stopping = true;
  }

  /**
   * Applies a staged import to the end, or until the service stops or a batch fails; then every
   * worker has ended, and the first failure is thrown.
   */
  void apply(UUID importId) {
    QuarkusTransaction.requiringNew().run(() -> rejectRepeatedKeys(importId));
    new Apply(importId).run();
  }

  /** The workers applying one import, each claiming batches until none is left. */
  private final class Apply {
    private final UUID importId;
    private final AtomicInteger batches = new AtomicInteger();
    private volatile boolean failed;

    Apply(UUID importId) {
      this.importId = importId;
    }

    void run() {
      List<Future<?>> others = new ArrayList<>();
      for (int worker = 1; worker < workers; worker++) {
        others.add(helpers.submit(this::work));
      }
      RuntimeException failure = null;
      try {
        work();
      } catch (RuntimeException e) {
        failure = e;
      }
      for (Future<?> other : others) {
        try {
          other.get();
        } catch (ExecutionException e) {
          failure = failure != null ? failure : unchecked(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failure = failure != null ? failure : new IllegalStateException("interrupted", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
    }

    private void work() {
      try {
        long applied = 0;
        while (applied >= 0 && !stopping && !failed) {
          long after = applied;
          applied =
              QuarkusTransaction.requiringNew().call(() -> applyBatch(importId, batches, after));
          failedAttempts.remove(importId);
        }
      } catch (RuntimeException e) {
        failed = true;
        throw e;
      }
    }
  }

  private static RuntimeException unchecked(Throwable failure) {
    return failure instanceof RuntimeException e
        ? e
        : new IllegalStateException(failure.getMessage(), failure);
  }

  /** Ends an import whose apply keeps failing: its rows not applied are let go, and said so. */
  private void stopFailed(UUID importId, int attempts) {
    // rows first: a batch still applied elsewhere holds its rows, then wants the run
    StagedRows.Removed removed = stagedRows.removeAll(importId);
    ImportRunEntity run = imports.lockRun(importId);
    if (!RecordImport.APPLYING.equals(run.status)) {
      return;
    }
    run.status = RecordImport.APPLY_FAILED;
    run.failure =
        "applying failed %d times in a row; %d accepted row(s), from row %d on, were not applied."
                .formatted(attempts, removed.rows(), removed.firstRow())
            + " Importing the file again applies them; the rows applied already come back"
            + " unchanged.";
  }

  /** Turns away every row that repeats an earlier row's key, all at once, before any is applied. */
  private void rejectRepeatedKeys(UUID importId) {
    ImportRunEntity run = imports.lockRun(importId);
    if (!RecordImport.APPLYING.equals(run.status)) {
      return;
    }
    RowMapping<?> mapping = destination(run, new Geocoding(), new AccountQualityTally()).mapping();
    // the batches arrived by COPY just now: without statistics each claim may sort them all
    imports.refreshStatistics(List.of(StagedRows.TABLE));
    int repeated =
        stagedRows.rejectRepeatedKeys(
            importId, mapping.requiredColumns().get(0), RecordImport.REPEATED_KEY);
    run.repeatedKeys += repeated;
    run.rejected += repeated;
    run.accepted -= repeated;
  }

  /**
   * Applies the next staged batch after the given one (by first row) that no other worker holds;
   * answers the batch applied, or -1 once it found none, when the import is marked done if no other
   * worker holds any.
   */
  private long applyBatch(UUID importId, AtomicInteger batches, long afterFirstRow) {
    ImportRunEntity run = imports.run(importId);
    if (!RecordImport.APPLYING.equals(run.status)) {
      return -1;
    }
    Optional<StagedBatch> claimed = stagedRows.claim(importId, afterFirstRow);
    if (claimed.isEmpty()) {
      imports.lock(run);
      if (RecordImport.APPLYING.equals(run.status) && !stagedRows.anyStaged(importId)) {
        run.status = run.readStatus;
      }
      return -1;
    }
    Geocoding geocoding = new Geocoding();
    AccountQualityTally quality = new AccountQualityTally();
    Destination<?> destination = destination(run, geocoding, quality);
    Outcomes outcomes = applyRows(run, destination, claimed.get().rows());
    stagedRows.remove(importId, claimed.get());
    // the tables fill as batches commit, faster than autovacuum analyzes them
    if (ImportRepository.statisticsDue(batches.incrementAndGet())) {
      imports.refreshStatistics(destination.tables());
    }
    // counted last, under the run's lock, so that the other workers wait for it only briefly
    imports.lock(run);
    run.rejected += outcomes.rejected();
    run.accepted -= outcomes.rejected();
    run.created += outcomes.created();
    run.updated += outcomes.updated();
    run.unchanged += outcomes.unchanged();
    run.geocoded += geocoding.geocoded();
    run.notGeocoded += geocoding.notGeocoded();
    if (run.entity.equals(ImportedEntity.ACCOUNT.label())) {
      run.qualityCounts = run.qualityCounts.plus(quality.counts());
      run.quality = run.qualityCounts.quality();
    }
    return claimed.get().firstRow();
  }

  /** What became of one batch's rows. */
  private record Outcomes(int rejected, int created, int updated, int unchanged) {}

  private <T> Outcomes applyRows(
      ImportRunEntity run, Destination<T> destination, List<StagedRow> staged) {
    RowMapping<T> mapping = destination.mapping();
    try {
      StoredRowReader reader =
          ImportFormat.valueOf(run.format)
              .stored(
                  run.originalHeader,
                  ColumnProfile.of(
                      run.columnProfile,
                      mapping.entity(),
                      List.of(run.columnMap),
                      mapping.columns()),
                  mapping);
      List<T> records = new ArrayList<>(staged.size());
      List<RejectedRow> rejects = new ArrayList<>();
      for (StagedRow row : staged) {
        SourceRow read = reader.read(row.number(), row.original());
        T record = read.errors().isEmpty() ? mapping.map(read) : null;
        if (record == null) {
          // it passed when staged; only a change of the service's rules in between turns it away
          rejects.add(new RejectedRow(read.number(), read.original(), List.copyOf(read.errors())));
        } else {
          records.add(record);
        }
      }
      imports.saveRejects(run.id, rejects);
      Map<String, Boolean> written = destination.apply(records);
      int created = 0;
      int updated = 0;
      for (T record : records) {
        switch (UpsertOutcome.of(written.get(mapping.key(record)))) {
          case CREATED -> created++;
          case UPDATED -> updated++;
          default -> {}
        }
      }
      return new Outcomes(rejects.size(), created, updated, records.size() - created - updated);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Destination<?> destination(
      ImportRunEntity run, Geocoding geocoding, AccountQualityTally quality) {
    ImportedEntity entity =
        ImportedEntity.byLabel(run.entity)
            .orElseThrow(() -> new IllegalStateException("unknown import entity " + run.entity));
    return destinations.of(entity, run.source, geocoding, quality);
  }
}
