package com.territoryplanner.ingest.domain;

import java.util.List;
import java.util.UUID;

/**
 * What an import did: every data row is either accepted (created, updated or unchanged) or
 * rejected. {@code errors} holds the first rejections, by row; the rejects file has all of them. A
 * dry run reports what the import would do and stores nothing. {@code geocoded} counts accepted
 * accounts or leads without coordinates placed at their postal code, {@code notGeocoded} those that
 * could not be. {@code repeatedKeys} counts the rejected rows that repeat an earlier row's key;
 * {@code quality} describes the accepted accounts (null for other imports). {@code failure} says
 * why a staged import's apply stopped for good (null otherwise).
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
    long repeatedKeys,
    AccountQuality quality,
    String failure,
    List<RowError> errors) {

  /**
   * The report of an import of placeable records: how many were placed by postal code, and for
   * accounts their quality (null for leads).
   */
  public ImportReport withPlacement(Geocoding geocoding, AccountQuality accounts) {
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
        repeatedKeys,
        accounts,
        failure,
        errors);
  }
}
