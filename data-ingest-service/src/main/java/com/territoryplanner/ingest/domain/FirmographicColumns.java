package com.territoryplanner.ingest.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The canonical firmographic columns: {@code country, postal_code, naics, companies, employees,
 * revenue, currency}. Postal codes are stored normalised (US ZIP codes as five digits), so that
 * they meet the accounts' postal codes.
 */
public final class FirmographicColumns implements RowMapping<FirmographicCount> {

  private static final Set<String> COLUMNS =
      Set.of("country", "postal_code", "naics", "companies", "employees", "revenue", "currency");

  @Override
  public ImportedEntity entity() {
    return ImportedEntity.FIRMOGRAPHICS;
  }

  @Override
  public Set<String> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("country", "postal_code", "naics", "companies");
  }

  @Override
  public FirmographicCount map(SourceRow row) {
    row.require("country", "naics", "companies");
    String country = row.country("country");
    String postalCode = row.required("postal_code", 20);
    String naics = row.naics("naics");
    Integer companies = row.nonNegativeInteger("companies");
    Integer employees = row.nonNegativeInteger("employees");
    BigDecimal revenue = row.nonNegativeAmount("revenue");
    String currency = row.currency("currency", "USD");
    if (!row.errors().isEmpty()) {
      return null;
    }
    return new FirmographicCount(
        country,
        PostalCodes.normalise(country, postalCode),
        naics,
        companies,
        employees == null ? null : employees.longValue(),
        revenue,
        currency,
        null,
        null);
  }

  @Override
  public String key(FirmographicCount count) {
    return count.key();
  }
}
