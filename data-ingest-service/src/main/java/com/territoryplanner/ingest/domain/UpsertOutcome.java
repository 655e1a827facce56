package com.territoryplanner.ingest.domain;

/** What an upsert did to the stored record; only CREATED and UPDATED emit events. */
public enum UpsertOutcome {
  CREATED,
  UPDATED,
  UNCHANGED
}
