package com.territoryplanner.ingest.service;

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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Applies staged imports in the background, oldest first, one batch per transaction: the batch's
 * records and events, its outcome counts and the removal of its staged rows commit together, so an
 * apply stopped anywhere (a restart, a failure) resumes where it stopped, and the relay publishes
 * each batch's events while the next is applied. A batch that fails is tried again at the next tick
 * while the imports after it go on; one that fails {@value #ATTEMPTS} times in a row (not for the
 * database being away) stops its import for good, as {@link RecordImport#APPLY_FAILED}, and the
 * report says why and which rows were not applied.
 */
@ApplicationScoped
public class StagedImports {

  private static final Logger LOG = Logger.getLogger(StagedImports.class);

  static final int BATCH_SIZE = 1000;

  static final int ATTEMPTS = 5;

  private final ImportRepository imports;
  private final StagedRows stagedRows;
  private final RecordDestinations destinations;
  private final Map<UUID, Integer> failedAttempts = new ConcurrentHashMap<>();
  private volatile boolean stopping;

  StagedImports(ImportRepository imports, StagedRows stagedRows, RecordDestinations destinations) {
    this.imports = imports;
    this.stagedRows = stagedRows;
    this.destinations = destinations;
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

  /** Applies a staged import to the end, or until the service stops. */
  void apply(UUID importId) {
    QuarkusTransaction.requiringNew().run(() -> rejectRepeatedKeys(importId));
    long appliedThrough = 0;
    for (int batch = 1; appliedThrough >= 0 && !stopping; batch++) {
      int number = batch;
      long after = appliedThrough;
      appliedThrough =
          QuarkusTransaction.requiringNew().call(() -> applyBatch(importId, number, after));
      failedAttempts.remove(importId);
    }
  }

  /** Ends an import whose apply keeps failing: its rows not applied are let go, and said so. */
  private void stopFailed(UUID importId, int attempts) {
    ImportRunEntity run = imports.lockRun(importId);
    if (!RecordImport.APPLYING.equals(run.status)) {
      return;
    }
    StagedRows.Removed removed = stagedRows.removeAll(importId);
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
    // the staged rows arrived by COPY just now: without statistics each batch's read sorts them all
    imports.refreshStatistics(List.of(StagedRows.TABLE));
    int repeated =
        stagedRows.rejectRepeatedKeys(
            importId, mapping.requiredColumns().get(0), RecordImport.REPEATED_KEY);
    run.repeatedKeys += repeated;
    run.rejected += repeated;
    run.accepted -= repeated;
  }

  /**
   * Applies the batch after the given row; answers the last row it applied, or -1 once nothing is
   * left, when the import is marked done.
   */
  private long applyBatch(UUID importId, int number, long afterRow) {
    ImportRunEntity run = imports.lockRun(importId);
    if (!RecordImport.APPLYING.equals(run.status)) {
      return -1;
    }
    List<StagedRow> staged = stagedRows.next(importId, afterRow, BATCH_SIZE);
    if (staged.isEmpty()) {
      run.status = run.readStatus;
      return -1;
    }
    Geocoding geocoding = new Geocoding();
    AccountQualityTally quality = new AccountQualityTally();
    Destination<?> destination = destination(run, geocoding, quality);
    applyRows(run, destination, staged);
    run.geocoded += geocoding.geocoded();
    run.notGeocoded += geocoding.notGeocoded();
    if (run.entity.equals(ImportedEntity.ACCOUNT.label())) {
      run.qualityCounts = run.qualityCounts.plus(quality.counts());
      run.quality = run.qualityCounts.quality();
    }
    stagedRows.remove(importId, staged);
    // the tables fill as batches commit, faster than autovacuum analyzes them
    if (ImportRepository.statisticsDue(number)) {
      imports.refreshStatistics(destination.tables());
    }
    return staged.get(staged.size() - 1).number();
  }

  private <T> void applyRows(
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
      run.rejected += rejects.size();
      run.accepted -= rejects.size();
      Map<String, Boolean> written = destination.apply(records);
      for (T record : records) {
        switch (UpsertOutcome.of(written.get(mapping.key(record)))) {
          case CREATED -> run.created++;
          case UPDATED -> run.updated++;
          default -> run.unchanged++;
        }
      }
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
