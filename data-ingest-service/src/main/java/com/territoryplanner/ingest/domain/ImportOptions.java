package com.territoryplanner.ingest.domain;

import java.util.List;

/**
 * How to read an upload: its format, the column profile, custom column mappings ({@code
 * canonical:Source column}) on top of the profile, whether it is a dry run, and when to abort.
 */
public record ImportOptions(
    ImportFormat format,
    String profile,
    List<String> columnMap,
    boolean dryRun,
    RejectThreshold threshold) {}
