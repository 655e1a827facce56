package com.territoryplanner.ingest.service;

import com.territoryplanner.ingest.domain.AccountRecord;
import com.territoryplanner.ingest.domain.CsvImport;
import com.territoryplanner.ingest.domain.GenericAccountColumns;
import com.territoryplanner.ingest.domain.GenericOpportunityColumns;
import com.territoryplanner.ingest.domain.ImportReport;
import com.territoryplanner.ingest.domain.InvalidImportException;
import com.territoryplanner.ingest.domain.OpportunityRecord;
import com.territoryplanner.ingest.domain.RowMapping;
import com.territoryplanner.ingest.domain.UpsertOutcome;
import com.territoryplanner.ingest.messaging.IngestEvents;
import com.territoryplanner.ingest.repository.AccountEntity;
import com.territoryplanner.ingest.repository.ImportRepository;
import com.territoryplanner.ingest.repository.OpportunityEntity;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * Imports CRM exports. One import is one transaction: its accepted rows, its rejections, its report
 * and the events of its real changes commit together or not at all. Upserts are idempotent: a row
 * equal to the stored record changes nothing and emits nothing.
 */
@ApplicationScoped
public class ImportService {

  static final String SOURCE = "crm";
  private static final int FLUSH_EVERY = 500;

  private final ImportRepository imports;
  private final IngestEvents events;
  private final EntityManager entityManager;

  ImportService(ImportRepository imports, IngestEvents events, EntityManager entityManager) {
    this.imports = imports;
    this.events = events;
    this.entityManager = entityManager;
  }

  @Transactional
  public ImportReport importAccounts(Reader csv) {
    return run("account", new GenericAccountColumns(), csv, this::upsertAccount);
  }

  @Transactional
  public ImportReport importOpportunities(Reader csv) {
    return run("opportunity", new GenericOpportunityColumns(), csv, this::upsertOpportunity);
  }

  public ImportReport report(UUID importId) {
    return imports.findReport(importId).orElseThrow(() -> ApiProblem.notFound("Import", importId));
  }

  private <T> ImportReport run(
      String entity, RowMapping<T> mapping, Reader csv, Function<T, UpsertOutcome> upsert) {
    UUID importId = UUID.randomUUID();
    int[] stored = {0};
    Function<T, UpsertOutcome> flushing =
        record -> {
          UpsertOutcome outcome = upsert.apply(record);
          if (++stored[0] % FLUSH_EVERY == 0) {
            // keep the persistence context small whatever the file size
            entityManager.flush();
            entityManager.clear();
          }
          return outcome;
        };
    try {
      ImportReport report =
          new CsvImport<>(entity, mapping)
              .run(importId, csv, flushing, error -> imports.saveReject(importId, error));
      imports.saveRun(report);
      return report;
    } catch (InvalidImportException e) {
      throw ApiProblem.invalid(
          "The file cannot be imported: " + e.getMessage(),
          e.errors().stream()
              .map(error -> new Violation(error.row(), error.column(), error.reason()))
              .toList());
    } catch (IOException e) {
      throw new ApiProblem(
          400, "unreadable-body", "Unreadable body", "The upload could not be read", List.of());
    }
  }

  private UpsertOutcome upsertAccount(AccountRecord record) {
    AccountEntity account = AccountEntity.findById(record.id());
    UpsertOutcome outcome = UpsertOutcome.UPDATED;
    if (account == null) {
      account = new AccountEntity();
      account.source = SOURCE;
      outcome = UpsertOutcome.CREATED;
    } else if (account.toRecord().equals(record)) {
      return UpsertOutcome.UNCHANGED;
    }
    account.apply(record);
    account.persist();
    events.accountUpserted(account);
    return outcome;
  }

  private UpsertOutcome upsertOpportunity(OpportunityRecord record) {
    OpportunityEntity opportunity = OpportunityEntity.findById(record.id());
    UpsertOutcome outcome = UpsertOutcome.UPDATED;
    if (opportunity == null) {
      opportunity = new OpportunityEntity();
      opportunity.source = SOURCE;
      outcome = UpsertOutcome.CREATED;
    } else if (Objects.equals(opportunity.toRecord(), record)) {
      return UpsertOutcome.UNCHANGED;
    }
    opportunity.apply(record);
    opportunity.persist();
    events.opportunityUpserted(opportunity);
    return outcome;
  }
}
