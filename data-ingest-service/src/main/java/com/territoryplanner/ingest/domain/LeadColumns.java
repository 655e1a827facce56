package com.territoryplanner.ingest.domain;

import java.util.List;
import java.util.Set;

/**
 * The canonical lead columns: {@code id, company, lead_source, status, is_converted,
 * converted_account_id, created_date, converted_date, postal_code, country, owner_id, lat, lon}; id
 * and company required; without lat and lon a lead is placed at its postal code's centroid. Without
 * an {@code is_converted} column (HubSpot contacts), a lead that names its converted account is
 * converted. A lead cannot convert before it was created.
 */
public final class LeadColumns implements RowMapping<LeadRecord> {

  private static final Set<String> COLUMNS =
      Set.of(
          "id",
          "company",
          "lead_source",
          "status",
          "is_converted",
          "converted_account_id",
          "created_date",
          "converted_date",
          "postal_code",
          "country",
          "owner_id",
          "lat",
          "lon");

  @Override
  public ImportedEntity entity() {
    return ImportedEntity.LEAD;
  }

  @Override
  public Set<String> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("id", "company");
  }

  @Override
  public LeadRecord map(SourceRow row) {
    String convertedAccountId = row.optional("converted_account_id", 64);
    LeadRecord lead =
        new LeadRecord(
            row.required("id", 64),
            row.required("company", 255),
            row.optional("lead_source", 120),
            row.optional("status", 80),
            row.has("is_converted") ? row.flag("is_converted") : convertedAccountId != null,
            convertedAccountId,
            row.date("created_date"),
            row.date("converted_date"),
            row.optional("postal_code", 20),
            row.country("country"),
            row.optional("owner_id", 64),
            row.decimalDegrees("lat", 90),
            row.decimalDegrees("lon", 180));
    row.rejectLoneCoordinate();
    if (lead.createdDate() != null
        && lead.convertedDate() != null
        && lead.convertedDate().isBefore(lead.createdDate())) {
      row.reject("converted_date", "is before created_date");
    }
    return row.errors().isEmpty() ? lead : null;
  }

  @Override
  public String key(LeadRecord lead) {
    return lead.id();
  }
}
