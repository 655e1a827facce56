package com.territoryplanner.ingest.domain;

/**
 * What storing a record did; only CREATED and UPDATED emit events. DUPLICATE: an earlier row of the
 * same import had the record's key, so this row is rejected. STAGED: kept to be applied in the
 * background, its outcome not known yet.
 */
public enum UpsertOutcome {
  CREATED,
  UPDATED,
  UNCHANGED,
  DUPLICATE,
  STAGED;

  /** The outcome of a write that answered whether it created the record; null: nothing written. */
  public static UpsertOutcome of(Boolean created) {
    return created == null ? UNCHANGED : created ? CREATED : UPDATED;
  }
}
