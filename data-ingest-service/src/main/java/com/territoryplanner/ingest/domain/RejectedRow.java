package com.territoryplanner.ingest.domain;

import java.util.List;

/** A row an import turned away: its number, its original text and every reason. */
public record RejectedRow(long row, String original, List<RowError> errors) {}
