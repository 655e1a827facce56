package com.territoryplanner.ingest.domain;

/** Why a source record belongs to its golden account. */
public enum LinkRule {
  /** Nothing matched: the record founded a golden account of its own. */
  FIRST_RECORD,
  /** The record names the other source's record as the same company (same_as). */
  SAME_AS,
  /** The record shares its web domain with exactly one golden account. */
  WEB_DOMAIN,
  /** The record shares its normalised name, country and postal code with one golden account. */
  NAME_AND_POSTAL_CODE,
  /** A person linked or unlinked the record by hand; automatic matching leaves it alone. */
  MANUAL
}
