package com.territoryplanner.ingest.domain;

import java.util.List;
import java.util.UUID;

/**
 * What an import did: every data row is either accepted (created, updated or unchanged) or
 * rejected. {@code errors} holds the first rejections; all of them are kept with the import.
 */
public record ImportReport(
    UUID importId,
    String entity,
    String status,
    long rows,
    long accepted,
    long rejected,
    long created,
    long updated,
    long unchanged,
    List<RowError> errors) {}
