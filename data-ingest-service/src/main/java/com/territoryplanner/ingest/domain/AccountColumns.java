package com.territoryplanner.ingest.domain;

import java.util.List;
import java.util.Set;

/**
 * The canonical account columns: {@code id, name, postal_code, country, lat, lon, naics, sic,
 * industry, employees, annual_revenue, currency, website, owner_id, type, same_as}. Only id and
 * name are required; currency defaults to USD. {@code same_as} names the same company in another
 * source ({@code crm:001A}), the strongest evidence entity resolution takes.
 */
public final class AccountColumns implements RowMapping<AccountRecord> {

  private static final Set<String> COLUMNS =
      Set.of(
          "id",
          "name",
          "postal_code",
          "country",
          "lat",
          "lon",
          "naics",
          "sic",
          "industry",
          "employees",
          "annual_revenue",
          "currency",
          "website",
          "owner_id",
          "type",
          "same_as");

  @Override
  public ImportedEntity entity() {
    return ImportedEntity.ACCOUNT;
  }

  @Override
  public Set<String> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("id", "name");
  }

  @Override
  public AccountRecord map(SourceRow row) {
    AccountRecord account =
        new AccountRecord(
            row.required("id", 64),
            row.required("name", 255),
            row.optional("postal_code", 20),
            row.country("country"),
            row.decimalDegrees("lat", 90),
            row.decimalDegrees("lon", 180),
            row.naics("naics"),
            row.nonNegativeInteger("employees"),
            row.nonNegativeAmount("annual_revenue"),
            row.currency("currency", "USD"),
            row.optional("industry", 120),
            row.sic("sic"),
            row.optional("website", 255),
            row.optional("owner_id", 64),
            row.optional("type", 80),
            row.text("lat") == null ? null : AccountRecord.GIVEN,
            row.sourceRef("same_as"));
    row.rejectLoneCoordinate();
    return row.errors().isEmpty() ? account : null;
  }

  @Override
  public String key(AccountRecord account) {
    return account.id();
  }
}
