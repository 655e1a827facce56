package com.territoryplanner.ingest.domain;

/** Why a row of an import was rejected: its 1-based data row number, the column and the reason. */
public record RowError(long row, String column, String reason) {}
