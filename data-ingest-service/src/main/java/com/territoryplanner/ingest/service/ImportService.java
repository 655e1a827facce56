package com.territoryplanner.ingest.service;

import com.territoryplanner.ingest.domain.AccountBound;
import com.territoryplanner.ingest.domain.AccountColumns;
import com.territoryplanner.ingest.domain.AccountQualityTally;
import com.territoryplanner.ingest.domain.AccountRecord;
import com.territoryplanner.ingest.domain.ActivityColumns;
import com.territoryplanner.ingest.domain.ColumnProfile;
import com.territoryplanner.ingest.domain.CompetitorColumns;
import com.territoryplanner.ingest.domain.EconomicIndicatorColumns;
import com.territoryplanner.ingest.domain.FirmographicColumns;
import com.territoryplanner.ingest.domain.Geocoding;
import com.territoryplanner.ingest.domain.GeographyColumns;
import com.territoryplanner.ingest.domain.ImportHeading;
import com.territoryplanner.ingest.domain.ImportOptions;
import com.territoryplanner.ingest.domain.ImportReport;
import com.territoryplanner.ingest.domain.ImportedEntity;
import com.territoryplanner.ingest.domain.InvalidImportException;
import com.territoryplanner.ingest.domain.LeadColumns;
import com.territoryplanner.ingest.domain.OpportunityColumns;
import com.territoryplanner.ingest.domain.PostalCodeColumns;
import com.territoryplanner.ingest.domain.RecordImport;
import com.territoryplanner.ingest.domain.RejectedRow;
import com.territoryplanner.ingest.domain.RejectsFile;
import com.territoryplanner.ingest.domain.RevenueLineColumns;
import com.territoryplanner.ingest.domain.RowError;
import com.territoryplanner.ingest.domain.RowMapping;
import com.territoryplanner.ingest.domain.RowReader;
import com.territoryplanner.ingest.domain.SpendColumns;
import com.territoryplanner.ingest.domain.UpsertOutcome;
import com.territoryplanner.ingest.domain.UserColumns;
import com.territoryplanner.ingest.messaging.IngestEvents;
import com.territoryplanner.ingest.repository.GeographyRepository;
import com.territoryplanner.ingest.repository.GoldenAccountRepository;
import com.territoryplanner.ingest.repository.ImportKeys;
import com.territoryplanner.ingest.repository.ImportRepository;
import com.territoryplanner.ingest.repository.ImportRepository.RejectsHeading;
import com.territoryplanner.ingest.repository.PostalCodeRepository;
import com.territoryplanner.ingest.repository.SourceAccountRepository;
import com.territoryplanner.ingest.repository.SourceRecords;
import com.territoryplanner.ingest.repository.SourceTable;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Imports CRM, ERP and marketing exports. One import is one transaction: its accepted rows, its
 * rejections, its report and the events of its real changes commit together or not at all, so a dry
 * run or an import over its reject threshold simply rolls back. Upserts are idempotent: a row equal
 * to the stored record changes nothing and emits nothing.
 */
@ApplicationScoped
public class ImportService {

  /**
   * Seconds an import's transaction may last; a 2 GB export takes minutes, not the default 60 s.
   */
  private static final String IMPORT_TIMEOUT = "ingest.import.transaction-timeout";

  private static final int REJECTS_PER_WRITE = 1000;

  private static final List<String> ACCOUNT_TABLES =
      List.of(
          SourceAccountRepository.TABLE,
          GoldenAccountRepository.LINK_TABLE,
          GoldenAccountRepository.GOLDEN_TABLE);

  /** Writes one batch of distinct records; answers the keys written, each with "created". */
  private interface BatchWriter<T> {
    Map<String, Boolean> write(List<T> records, OffsetDateTime at);
  }

  /** Publishes the records a batch created or changed. */
  private interface BatchPublisher<T> {
    void publish(List<T> changed, Instant at);
  }

  private final ImportRepository imports;
  private final ImportKeys keys;
  private final SourceAccountRepository accounts;
  private final SourceRecords sourceRecords;
  private final GeographyRepository geography;
  private final GeographyService geographyService;
  private final PostalCodeRepository postalCodes;
  private final AccountGeocoder geocoder;
  private final GoldenAccounts goldens;
  private final IngestEvents events;
  private final TransactionManager transactions;

  ImportService(
      ImportRepository imports,
      ImportKeys keys,
      SourceAccountRepository accounts,
      SourceRecords sourceRecords,
      GeographyRepository geography,
      GeographyService geographyService,
      PostalCodeRepository postalCodes,
      AccountGeocoder geocoder,
      GoldenAccounts goldens,
      IngestEvents events,
      TransactionManager transactions) {
    this.imports = imports;
    this.keys = keys;
    this.accounts = accounts;
    this.sourceRecords = sourceRecords;
    this.geography = geography;
    this.geographyService = geographyService;
    this.postalCodes = postalCodes;
    this.geocoder = geocoder;
    this.goldens = goldens;
    this.events = events;
    this.transactions = transactions;
  }

  @Transactional
  @TransactionConfiguration(timeoutFromConfigProperty = IMPORT_TIMEOUT)
  public ImportReport importRecords(
      ImportedEntity entity, String source, ImportOptions options, Reader body) {
    return switch (entity) {
      case ACCOUNT -> importAccounts(source, options, body);
      case OPPORTUNITY ->
          importAccountBound(
              new OpportunityColumns(),
              SourceRecords.OPPORTUNITIES,
              source,
              options,
              body,
              (changed, at) -> events.opportunitiesUpserted(changed, at));
      case LEAD ->
          importAccountBound(
              new LeadColumns(),
              SourceRecords.LEADS,
              source,
              options,
              body,
              (changed, at) -> events.leadsUpserted(changed, source, at));
      case REVENUE_LINE ->
          importAccountBound(
              new RevenueLineColumns(),
              SourceRecords.REVENUE_LINES,
              source,
              options,
              body,
              (changed, at) -> events.revenueUpserted(changed, source, at));
      case ACTIVITY ->
          importAccountBound(
              new ActivityColumns(),
              SourceRecords.ACTIVITIES,
              source,
              options,
              body,
              (changed, at) -> events.activitiesUpserted(changed, source, at));
      case USER ->
          importStandalone(
              new UserColumns(),
              SourceRecords.USERS,
              source,
              options,
              body,
              (changed, at) -> events.usersUpserted(changed, source, at));
      case SPEND ->
          importStandalone(
              new SpendColumns(),
              SourceRecords.SPEND,
              source,
              options,
              body,
              (changed, at) -> events.spendUpserted(changed, source, at));
      case FIRMOGRAPHICS ->
          importStandalone(
              new FirmographicColumns(),
              SourceRecords.FIRMOGRAPHICS,
              source,
              options,
              body,
              (changed, at) -> events.firmographicsUpserted(changed, source, at));
      case COMPETITOR_LOCATION ->
          importStandalone(
              new CompetitorColumns(),
              SourceRecords.COMPETITOR_LOCATIONS,
              source,
              options,
              body,
              (changed, at) -> events.competitorLocationsUpserted(changed, source, at));
      case ECONOMIC_INDICATOR ->
          importStandalone(
              new EconomicIndicatorColumns(),
              SourceRecords.ECONOMIC_INDICATORS,
              source,
              options,
              body,
              (changed, at) -> events.economicIndicatorsUpserted(changed, source, at));
      case GEOGRAPHY_UNIT ->
          run(
              new GeographyColumns(),
              options,
              body,
              UnaryOperator.identity(),
              UnaryOperator.identity(),
              (records, at) -> geography.upsert(records, source, at),
              (changed, at) -> geographyService.unitsWritten(source, changed, at),
              List.of(GeographyRepository.TABLE, GeographyRepository.ADJACENCY_TABLE));
      case POSTAL_CODE -> importPostalCodes(source, options, body);
    };
  }

  private ImportReport importAccounts(String source, ImportOptions options, Reader body) {
    Geocoding geocoding = new Geocoding();
    AccountQualityTally quality = new AccountQualityTally();
    return run(
        new AccountColumns(),
        options,
        body,
        report -> report.withAccounts(geocoding, quality.result()),
        batch -> {
          List<AccountRecord> placed = geocoder.place(batch, geocoding);
          quality.accepted(placed);
          return placed;
        },
        (records, at) -> accounts.upsert(records, source, at),
        (changed, at) -> quality.linked(goldens.recordsWritten(source, changed, at)),
        ACCOUNT_TABLES);
  }

  /** Records that refer to accounts: stored as the source names them, published by golden id. */
  private <T extends AccountBound<T>> ImportReport importAccountBound(
      RowMapping<T> mapping,
      SourceTable<T> table,
      String source,
      ImportOptions options,
      Reader body,
      BatchPublisher<T> publisher) {
    return run(
        mapping,
        options,
        body,
        UnaryOperator.identity(),
        UnaryOperator.identity(),
        (records, at) -> sourceRecords.upsert(table, records, source, at),
        (changed, at) -> publisher.publish(goldens.underGoldenIds(source, changed), at),
        List.of(table.name(), GoldenAccountRepository.LINK_TABLE));
  }

  /** Records that refer to no account: users, spend and market data. */
  private <T> ImportReport importStandalone(
      RowMapping<T> mapping,
      SourceTable<T> table,
      String source,
      ImportOptions options,
      Reader body,
      BatchPublisher<T> publisher) {
    return run(
        mapping,
        options,
        body,
        UnaryOperator.identity(),
        UnaryOperator.identity(),
        (records, at) -> sourceRecords.upsert(table, records, source, at),
        publisher,
        List.of(table.name()));
  }

  /** The geography reference: postal-code centroids; it publishes no events. */
  private ImportReport importPostalCodes(String source, ImportOptions options, Reader body) {
    return run(
        new PostalCodeColumns(),
        options,
        body,
        UnaryOperator.identity(),
        UnaryOperator.identity(),
        (records, at) -> postalCodes.upsert(records, source, at),
        (changed, at) -> {},
        List.of(PostalCodeRepository.TABLE));
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

  private <T> ImportReport run(
      RowMapping<T> mapping,
      ImportOptions options,
      Reader body,
      UnaryOperator<ImportReport> finish,
      UnaryOperator<List<T>> prepare,
      BatchWriter<T> writer,
      BatchPublisher<T> publisher,
      List<String> tables) {
    UUID importId = UUID.randomUUID();
    try {
      ColumnProfile profile =
          ColumnProfile.of(
              options.profile(), mapping.entity(), options.columnMap(), mapping.columns());
      RowReader reader = options.format().open(body, profile, mapping.requiredColumns());
      ImportSink<T> sink = new ImportSink<>(importId, mapping, prepare, writer, publisher, tables);
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

  /** Stores batches (repeats, writes, events) and rejected rows of one import. */
  private final class ImportSink<T> implements RecordImport.Sink<T> {

    private final UUID importId;
    private final RowMapping<T> mapping;
    private final UnaryOperator<List<T>> prepare;
    private final BatchWriter<T> writer;
    private final BatchPublisher<T> publisher;
    private final List<String> tables;
    private final List<RejectedRow> rejects = new ArrayList<>();
    private int batches;

    ImportSink(
        UUID importId,
        RowMapping<T> mapping,
        UnaryOperator<List<T>> prepare,
        BatchWriter<T> writer,
        BatchPublisher<T> publisher,
        List<String> tables) {
      this.importId = importId;
      this.mapping = mapping;
      this.prepare = prepare;
      this.writer = writer;
      this.publisher = publisher;
      this.tables = tables;
    }

    @Override
    public List<UpsertOutcome> store(List<T> records) {
      boolean[] first = keys.claim(records.stream().map(mapping::key).toList());
      List<T> distinct = new ArrayList<>(records.size());
      for (int i = 0; i < first.length; i++) {
        if (first[i]) {
          distinct.add(records.get(i));
        }
      }
      distinct = prepare.apply(distinct);
      Instant at = Instant.now();
      Map<String, Boolean> written = writer.write(distinct, at.atOffset(ZoneOffset.UTC));
      publisher.publish(
          distinct.stream().filter(r -> written.containsKey(mapping.key(r))).toList(), at);
      // the planner sees none of the import's rows until it commits: tell it each time they double
      if (Integer.bitCount(++batches) == 1) {
        imports.refreshStatistics(tables);
      }
      List<UpsertOutcome> outcomes = new ArrayList<>(records.size());
      for (int i = 0; i < first.length; i++) {
        outcomes.add(
            first[i]
                ? UpsertOutcome.of(written.get(mapping.key(records.get(i))))
                : UpsertOutcome.DUPLICATE);
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

    void flushRejects() {
      imports.saveRejects(importId, rejects);
      rejects.clear();
    }
  }
}
