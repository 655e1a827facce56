package com.territoryplanner.ingest.service;

import com.territoryplanner.ingest.domain.AccountQualityTally;
import com.territoryplanner.ingest.domain.ColumnProfile;
import com.territoryplanner.ingest.domain.Geocoding;
import com.territoryplanner.ingest.domain.ImportHeading;
import com.territoryplanner.ingest.domain.ImportOptions;
import com.territoryplanner.ingest.domain.ImportReport;
import com.territoryplanner.ingest.domain.ImportedEntity;
import com.territoryplanner.ingest.domain.InvalidImportException;
import com.territoryplanner.ingest.domain.RecordImport;
import com.territoryplanner.ingest.domain.RejectedRow;
import com.territoryplanner.ingest.domain.RejectsFile;
import com.territoryplanner.ingest.domain.RowError;
import com.territoryplanner.ingest.domain.RowMapping;
import com.territoryplanner.ingest.domain.RowReader;
import com.territoryplanner.ingest.domain.SourceRow;
import com.territoryplanner.ingest.domain.UpsertOutcome;
import com.territoryplanner.ingest.repository.ImportKeys;
import com.territoryplanner.ingest.repository.ImportRepository;
import com.territoryplanner.ingest.repository.ImportRepository.RejectsHeading;
import com.territoryplanner.ingest.repository.StagedRows;
import com.territoryplanner.ingest.repository.StagedRows.StagedRow;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Imports CRM, ERP, marketing, market and geography exports. One import is one transaction: its
 * accepted rows, its rejections, its report and the events of its real changes commit together or
 * not at all, so a dry run or an import over its reject threshold simply rolls back. Upserts are
 * idempotent: a row equal to the stored record changes nothing and emits nothing. A staged import
 * commits its accepted rows and rejections first and is applied afterwards, batch by batch.
 */
@ApplicationScoped
public class ImportService {

  /**
   * Seconds an import's transaction may last; a 2 GB export takes minutes, not the default 60 s.
   */
  private static final String IMPORT_TIMEOUT = "ingest.import.transaction-timeout";

  private static final int REJECTS_PER_WRITE = 1000;

  private final ImportRepository imports;
  private final StagedRows stagedRows;
  private final ImportKeys keys;
  private final RecordDestinations destinations;
  private final TransactionManager transactions;

  ImportService(
      ImportRepository imports,
      StagedRows stagedRows,
      ImportKeys keys,
      RecordDestinations destinations,
      TransactionManager transactions) {
    this.imports = imports;
    this.stagedRows = stagedRows;
    this.keys = keys;
    this.destinations = destinations;
    this.transactions = transactions;
  }

  @Transactional
  @TransactionConfiguration(timeoutFromConfigProperty = IMPORT_TIMEOUT)
  public ImportReport importRecords(
      ImportedEntity entity, String source, ImportOptions options, Reader body) {
    Geocoding geocoding = new Geocoding();
    AccountQualityTally quality = new AccountQualityTally();
    return run(
        destinations.of(entity, source, geocoding, quality),
        options,
        body,
        null,
        switch (entity) {
          case ACCOUNT -> report -> report.withPlacement(geocoding, quality.result());
          case LEAD, FIRMOGRAPHICS -> report -> report.withPlacement(geocoding, null);
          default -> UnaryOperator.identity();
        });
  }

  /**
   * Reads, checks and stages an import's rows and answers once they are durable, with the rows
   * rejected so far; {@link StagedImports} applies the staged rows in the background, and the
   * report's status stays {@link RecordImport#APPLYING} until it has. A dry run is not staged.
   */
  @Transactional
  @TransactionConfiguration(timeoutFromConfigProperty = IMPORT_TIMEOUT)
  public ImportReport stageRecords(
      ImportedEntity entity, String source, ImportOptions options, Reader body) {
    // staging reads rows through the destination's mapping only: nothing is placed or tallied yet
    return run(
        destinations.of(entity, source, new Geocoding(), new AccountQualityTally()),
        options,
        body,
        source,
        UnaryOperator.identity());
  }

  @Transactional
  public ImportReport report(UUID importId) {
    return imports.findReport(importId).orElseThrow(() -> ApiProblem.notFound("Import", importId));
  }

  public RejectsHeading rejectsHeading(UUID importId) {
    return imports
        .findRejectsHeading(importId)
        .orElseThrow(() -> ApiProblem.notFound("Import", importId));
  }

  /** Writes the rejects file, streaming the rows from the database. */
  @Transactional
  public void writeRejects(UUID importId, RejectsHeading heading, OutputStream out)
      throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    RejectsFile file = new RejectsFile(writer, heading.format(), heading.originalHeader());
    imports.forEachRejectedRow(importId, file::row);
    writer.flush();
  }

  /**
   * @param stagedFrom the source of a staged import (its rows are staged, not applied); null for an
   *     import applied at once
   */
  private <T> ImportReport run(
      Destination<T> destination,
      ImportOptions options,
      Reader body,
      String stagedFrom,
      UnaryOperator<ImportReport> finish) {
    RowMapping<T> mapping = destination.mapping();
    UUID importId = UUID.randomUUID();
    ImportSink<T> sink = null;
    try {
      ColumnProfile profile =
          ColumnProfile.of(
              options.profile(), mapping.entity(), options.columnMap(), mapping.columns());
      RowReader reader = options.format().open(body, profile, mapping);
      boolean staged = stagedFrom != null && !options.dryRun();
      sink =
          new ImportSink<>(
              importId,
              staged ? stage(importId, mapping) : (records, rows) -> applyNow(destination, records),
              // nothing queries the staged rows while they arrive: no statistics to refresh
              staged ? List.of() : destination.tables());
      ImportReport report =
          finish.apply(
              new RecordImport<>(
                      mapping,
                      new ImportHeading(
                          importId, options.format(), profileName(options), options.dryRun()))
                  .run(reader, sink, options.threshold()));
      sink.flushRejects();
      if (options.dryRun()) {
        transactions.setRollbackOnly();
      } else if (staged) {
        imports.saveStagedRun(report, reader.originalHeader(), stagedFrom, options);
        // the answer is the stored report, as its Location will show it
        return imports.findReport(importId).orElseThrow();
      } else {
        imports.saveRun(report, reader.originalHeader());
      }
      return report;
    } catch (InvalidImportException e) {
      throw ApiProblem.invalid(
          "The file cannot be imported: " + e.getMessage(), violations(e.errors()));
    } catch (RecordImport.ThresholdExceeded e) {
      ImportReport report = e.report();
      throw new ApiProblem(
          422,
          "reject-threshold-exceeded",
          "Too many rejected rows",
          "The import rejected "
              + report.rejected()
              + " of the "
              + report.rows()
              + " rows read, more than its threshold allows; nothing was imported",
          violations(report.errors()));
    } catch (IOException e) {
      throw new ApiProblem(
          400, "unreadable-body", "Unreadable body", "The upload could not be read", List.of());
    } catch (SystemException e) {
      throw new IllegalStateException("The dry run could not be rolled back", e);
    } finally {
      if (sink != null) {
        sink.abandon();
      }
    }
  }

  private static String profileName(ImportOptions options) {
    String profile = options.profile() == null ? ColumnProfile.GENERIC : options.profile();
    return options.columnMap().isEmpty() ? profile : profile + "+custom";
  }

  private static List<Violation> violations(List<RowError> errors) {
    return errors.stream()
        .map(error -> new Violation(error.row(), error.column(), error.reason()))
        .toList();
  }

  /** How an import stores a batch of accepted records, read from the rows given. */
  private interface BatchStore<T> {
    List<UpsertOutcome> store(List<T> records, List<SourceRow> rows);

    /** Frees the connection for other statements (a staging COPY under way ends). */
    default void pause() {}

    /** Gives up whatever is under way after a failure; the transaction rolls back. */
    default void abandon() {}
  }

  /**
   * Applies a batch at once, in the import's transaction: repeats of an earlier row's key are
   * found, the rest written and published.
   */
  private <T> List<UpsertOutcome> applyNow(Destination<T> destination, List<T> records) {
    RowMapping<T> mapping = destination.mapping();
    boolean[] first = keys.claim(records.stream().map(mapping::key).toList());
    List<T> distinct = new ArrayList<>(records.size());
    for (int i = 0; i < first.length; i++) {
      if (first[i]) {
        distinct.add(records.get(i));
      }
    }
    Map<String, Boolean> written = destination.apply(distinct);
    List<UpsertOutcome> outcomes = new ArrayList<>(records.size());
    for (int i = 0; i < first.length; i++) {
      outcomes.add(
          first[i]
              ? UpsertOutcome.of(written.get(mapping.key(records.get(i))))
              : UpsertOutcome.DUPLICATE);
    }
    return outcomes;
  }

  /** Stages each batch's rows as they stood in the file; repeats are found when applied. */
  private <T> BatchStore<T> stage(UUID importId, RowMapping<T> mapping) {
    StagedRows.Stager stager = stagedRows.stager(importId);
    return new BatchStore<>() {
      @Override
      public List<UpsertOutcome> store(List<T> records, List<SourceRow> rows) {
        List<StagedRow> staged = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
          staged.add(
              new StagedRow(
                  rows.get(i).number(), mapping.key(records.get(i)), rows.get(i).original()));
        }
        stager.stage(staged);
        return Collections.nCopies(records.size(), UpsertOutcome.STAGED);
      }

      @Override
      public void pause() {
        stager.pause();
      }

      @Override
      public void abandon() {
        stager.abandon();
      }
    };
  }

  /** Stores the batches and the rejected rows of one import. */
  private final class ImportSink<T> implements RecordImport.Sink<T> {

    private final UUID importId;
    private final BatchStore<T> store;
    private final List<String> tables;
    private final List<RejectedRow> rejects = new ArrayList<>();
    private int batches;

    ImportSink(UUID importId, BatchStore<T> store, List<String> tables) {
      this.importId = importId;
      this.store = store;
      this.tables = tables;
    }

    @Override
    public List<UpsertOutcome> store(List<T> records, List<SourceRow> rows) {
      List<UpsertOutcome> outcomes = store.store(records, rows);
      // the planner sees none of the import's rows until it commits
      if (ImportRepository.statisticsDue(++batches) && !tables.isEmpty()) {
        store.pause();
        imports.refreshStatistics(tables);
      }
      return outcomes;
    }

    @Override
    public void reject(RejectedRow row) {
      rejects.add(row);
      if (rejects.size() == REJECTS_PER_WRITE) {
        flushRejects();
      }
    }

    /** Saves the rejections held; the staged rows' COPY, if any, ends first. */
    void flushRejects() {
      store.pause();
      imports.saveRejects(importId, rejects);
      rejects.clear();
    }

    void abandon() {
      store.abandon();
    }
  }
}
