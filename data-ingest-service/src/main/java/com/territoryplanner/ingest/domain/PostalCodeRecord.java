package com.territoryplanner.ingest.domain;

/** A postal code of the geography reference: where its centroid is. */
public record PostalCodeRecord(
    String country, String postalCode, double latitude, double longitude, String name) {

  /** The reference's key: country and normalised postal code. */
  public String key() {
    return PostalCodes.key(country, postalCode);
  }
}
