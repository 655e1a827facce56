package com.territoryplanner.ingest.domain;

import java.time.LocalDate;

/**
 * A lead as a CRM or marketing export describes it, validated. Its converted account is the
 * source's own account id as stored, and the golden account's id in the events. Without coordinates
 * it is placed at its postal code's centroid, so lead flow can be mapped.
 */
public record LeadRecord(
    String id,
    String company,
    String leadSource,
    String status,
    boolean converted,
    String convertedAccountId,
    LocalDate createdDate,
    LocalDate convertedDate,
    String postalCode,
    String country,
    String ownerId,
    Double latitude,
    Double longitude)
    implements AccountBound<LeadRecord>, Placeable<LeadRecord> {

  /** The account the lead was converted into. */
  @Override
  public String accountId() {
    return convertedAccountId;
  }

  @Override
  public LeadRecord ofAccount(String account) {
    return new LeadRecord(
        id,
        company,
        leadSource,
        status,
        converted,
        account,
        createdDate,
        convertedDate,
        postalCode,
        country,
        ownerId,
        latitude,
        longitude);
  }

  @Override
  public LeadRecord atPostalCode(double lat, double lon) {
    return new LeadRecord(
        id,
        company,
        leadSource,
        status,
        converted,
        convertedAccountId,
        createdDate,
        convertedDate,
        postalCode,
        country,
        ownerId,
        lat,
        lon);
  }
}
