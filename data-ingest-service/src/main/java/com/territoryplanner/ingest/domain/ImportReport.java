package com.territoryplanner.ingest.domain;

import java.util.List;
import java.util.UUID;

/**
 * What an import did: every data row is either accepted (created, updated or unchanged) or
 * rejected. {@code errors} holds the first rejections, by row; the rejects file has all of them. A
 * dry run reports what the import would do and stores nothing.
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
    List<RowError> errors) {}
