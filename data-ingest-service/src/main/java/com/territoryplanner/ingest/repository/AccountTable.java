package com.territoryplanner.ingest.repository;

import com.territoryplanner.ingest.domain.AccountRecord;
import com.territoryplanner.ingest.repository.BatchUpsert.Column;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The account fields as source_account and golden_account both store them. */
final class AccountTable {

  static final List<Column<AccountRecord>> FIELDS =
      List.of(
          new Column<>("id", "text", AccountRecord::id),
          new Column<>("name", "text", AccountRecord::name),
          new Column<>("postal_code", "text", AccountRecord::postalCode),
          new Column<>("country", "text", AccountRecord::country),
          new Column<>("latitude", "float8", AccountRecord::latitude),
          new Column<>("longitude", "float8", AccountRecord::longitude),
          new Column<>("naics", "text", AccountRecord::naics),
          new Column<>("employees", "int4", AccountRecord::employees),
          new Column<>("annual_revenue", "numeric", AccountRecord::annualRevenue),
          new Column<>("currency", "text", AccountRecord::currency),
          new Column<>("industry", "text", AccountRecord::industry),
          new Column<>("sic", "text", AccountRecord::sic),
          new Column<>("website", "text", AccountRecord::website),
          new Column<>("owner_id", "text", AccountRecord::ownerId),
          new Column<>("account_type", "text", AccountRecord::type),
          new Column<>("location_source", "text", AccountRecord::locationSource));

  private AccountTable() {}

  /** The account on the result set's current row; {@code same_as} only where the row has it. */
  static AccountRecord read(ResultSet row, boolean withSameAs) throws SQLException {
    return new AccountRecord(
        row.getString("id"),
        row.getString("name"),
        row.getString("postal_code"),
        row.getString("country"),
        row.getObject("latitude", Double.class),
        row.getObject("longitude", Double.class),
        row.getString("naics"),
        row.getObject("employees", Integer.class),
        row.getBigDecimal("annual_revenue"),
        row.getString("currency"),
        row.getString("industry"),
        row.getString("sic"),
        row.getString("website"),
        row.getString("owner_id"),
        row.getString("account_type"),
        row.getString("location_source"),
        withSameAs ? row.getString("same_as") : null);
  }
}
