package com.territoryplanner.ingest.repository;

import com.territoryplanner.ingest.domain.CsvImport;
import com.territoryplanner.ingest.domain.ImportReport;
import com.territoryplanner.ingest.domain.RowError;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Import runs and every rejection of their rows. */
@ApplicationScoped
public class ImportRepository {

  public void saveReject(UUID importId, RowError error) {
    ImportRejectEntity reject = new ImportRejectEntity();
    reject.importId = importId;
    reject.rowNumber = error.row();
    reject.columnName = error.column();
    reject.reason = error.reason();
    reject.persist();
  }

  public void saveRun(ImportReport report) {
    ImportRunEntity run = new ImportRunEntity();
    run.id = report.importId();
    run.entity = report.entity();
    run.status = report.status();
    run.receivedAt = Instant.now();
    run.rows = report.rows();
    run.accepted = report.accepted();
    run.rejected = report.rejected();
    run.created = report.created();
    run.updated = report.updated();
    run.unchanged = report.unchanged();
    run.persist();
  }

  public Optional<ImportReport> findReport(UUID importId) {
    return ImportRunEntity.<ImportRunEntity>findByIdOptional(importId)
        .map(
            run ->
                new ImportReport(
                    run.id,
                    run.entity,
                    run.status,
                    run.rows,
                    run.accepted,
                    run.rejected,
                    run.created,
                    run.updated,
                    run.unchanged,
                    firstRejects(importId)));
  }

  private List<RowError> firstRejects(UUID importId) {
    return ImportRejectEntity.<ImportRejectEntity>find("importId = ?1 order by id", importId)
        .page(0, CsvImport.REPORTED_ERRORS)
        .list()
        .stream()
        .map(reject -> new RowError(reject.rowNumber, reject.columnName, reject.reason))
        .toList();
  }
}
