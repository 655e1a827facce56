package com.territoryplanner.ingest.domain;

import java.util.UUID;

/**
 * What an import is, before its first row is read: its id, format, profile and whether it is a dry
 * run.
 */
public record ImportHeading(UUID importId, ImportFormat format, String profile, boolean dryRun) {}
