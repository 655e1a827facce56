package com.territoryplanner.ingest.domain;

import java.util.List;
import java.util.UUID;

/**
 * What an import did: every data row is either accepted (created, updated or unchanged) or
 * rejected. {@code errors} holds the first rejections, by row; the rejects file has all of them. A
 * dry run reports what the import would do and stores nothing. {@code geocoded} counts accepted
 * accounts without coordinates placed at their postal code, {@code notGeocoded} those that could
 * not be.
 */
public record ImportReport(
    UUID importId,
    String entity,
    String format,
    String profile,
    boolean dryRun,
    String status,
    long rows,
    long accepted,
    long rejected,
    long created,
    long updated,
    long unchanged,
    long geocoded,
    long notGeocoded,
    List<RowError> errors) {

  /** The report with the counts of accounts placed, and not placed, by postal code. */
  public ImportReport withGeocoding(Geocoding geocoding) {
    return new ImportReport(
        importId,
        entity,
        format,
        profile,
        dryRun,
        status,
        rows,
        accepted,
        rejected,
        created,
        updated,
        unchanged,
        geocoding.geocoded(),
        geocoding.notGeocoded(),
        errors);
  }
}
