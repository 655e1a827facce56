package com.territoryplanner.ingest.domain;

import java.util.List;

/**
 * The documented generic account columns: {@code id, name, postal_code, country, lat, lon, naics,
 * employees, annual_revenue, currency}. Only id and name are required; currency defaults to USD.
 */
public final class GenericAccountColumns implements RowMapping<AccountRecord> {

  @Override
  public List<String> requiredColumns() {
    return List.of("id", "name");
  }

  @Override
  public AccountRecord map(CsvRow row) {
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
            row.currency("currency", "USD"));
    if ((row.text("lat") == null) != (row.text("lon") == null)) {
      row.reject(
          row.text("lat") == null ? "lat" : "lon", "lat and lon come together or not at all");
    }
    return row.errors().isEmpty() ? account : null;
  }

  @Override
  public String key(AccountRecord account) {
    return account.id();
  }
}
