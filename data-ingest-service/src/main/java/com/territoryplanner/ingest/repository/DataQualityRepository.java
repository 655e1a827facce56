package com.territoryplanner.ingest.repository;

import com.territoryplanner.ingest.domain.DataQualityReport;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Data-quality figures, each one SQL aggregate over the stored records. */
@ApplicationScoped
public class DataQualityRepository {

  private static final String LOCATION = "location";

  /** The key fields whose completeness is reported, by their API name. */
  private static final Map<String, String> KEY_FIELDS = new LinkedHashMap<>();

  static {
    KEY_FIELDS.put("postalCode", "postal_code");
    KEY_FIELDS.put("country", "country");
    KEY_FIELDS.put(LOCATION, "latitude");
    KEY_FIELDS.put("naics", "naics");
    KEY_FIELDS.put("employees", "employees");
    KEY_FIELDS.put("annualRevenue", "annual_revenue");
    KEY_FIELDS.put("website", "website");
    KEY_FIELDS.put("ownerId", "owner_id");
  }

  // a duplicate is a record whose match key another record of the same source shares: across
  // sources a shared key is what links records into one golden account
  private static final String DUPLICATES =
      "select count(*) from (select count(*) over (partition by source, %1$s) as n"
          + " from source_account where (?::text is null or source = ?) and %1$s is not null) d"
          + " where n > 1";

  private final JdbcWork jdbc;

  DataQualityRepository(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  public DataQualityReport report(String source, int staleAfterDays) {
    return jdbc.run(
        connection -> {
          StringBuilder sql = new StringBuilder("select count(*)");
          KEY_FIELDS.values().forEach(column -> sql.append(", count(").append(column).append(')'));
          sql.append(", count(*) filter (where updated_at < now() - make_interval(days => ?))")
              .append(" from source_account where (?::text is null or source = ?)");
          long accounts;
          long stale;
          long located = 0;
          Map<String, Double> completeness = new LinkedHashMap<>();
          try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            select.setInt(1, staleAfterDays);
            select.setString(2, source);
            select.setString(3, source);
            try (ResultSet row = select.executeQuery()) {
              row.next();
              accounts = row.getLong(1);
              int column = 2;
              for (String field : KEY_FIELDS.keySet()) {
                long present = row.getLong(column++);
                completeness.put(field, accounts == 0 ? 1.0 : present / (double) accounts);
                located = field.equals(LOCATION) ? present : located;
              }
              stale = row.getLong(column);
            }
          }
          long[] opportunities = opportunities(connection, source);
          return new DataQualityReport(
              source,
              accounts,
              completeness,
              accounts - located,
              count(connection, DUPLICATES.formatted("name_key"), source),
              count(connection, DUPLICATES.formatted("web_domain"), source),
              staleAfterDays,
              stale,
              opportunities[0],
              opportunities[1]);
        });
  }

  private static long count(Connection connection, String sql, String source) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, source);
      select.setString(2, source);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static long[] opportunities(Connection connection, String source) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select count(*), count(*) filter (where not exists"
                + " (select 1 from source_account a where a.source = o.source and a.id = o.account_id))"
                + " from opportunity o where (?::text is null or o.source = ?)")) {
      select.setString(1, source);
      select.setString(2, source);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return new long[] {row.getLong(1), row.getLong(2)};
      }
    }
  }
}
