package com.territoryplanner.bench;

import com.uber.h3core.H3Core;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.postgresql.PGConnection;

/**
 * Accounts copied straight into the segmentation service's table, as its consumer would have stored
 * them: random points in the contiguous US with their H3 cells, 5-digit postal codes, NAICS codes
 * of six sectors, headcounts from 1 to 20,000 (skewed small), potential from 1,000 to 301,000 USD,
 * three in ten customers.
 */
final class SegmentedAccounts {

  private static final String[] NAICS = {
    "511210", "541511", "522110", "334111", "236220", "621111"
  };

  private SegmentedAccounts() {}

  /** Loads the accounts; answers the seconds the service took to fold them into its heat map. */
  static double load(Connection sql, int accounts) throws IOException, SQLException {
    H3Core h3 = H3Core.newInstance();
    Random random = new Random(7);
    StringBuilder rows = new StringBuilder(accounts * 200);
    for (int i = 0; i < accounts; i++) {
      double lat = 25 + random.nextDouble() * 24;
      double lon = -124 + random.nextDouble() * 57;
      int potential = 1000 + random.nextInt(300_000);
      int employees = 1 + (int) (Math.pow(random.nextDouble(), 4) * 20_000);
      rows.append("acc")
          .append(i)
          .append(',')
          .append(potential)
          .append(",USD,SMB,potential-v4,REVENUE,")
          .append(potential)
          .append(",0.002,51,1.5,0,")
          .append(lat)
          .append(',')
          .append(lon)
          .append(',')
          .append(h3.latLngToCell(lat, lon, 4))
          .append(',')
          .append(h3.latLngToCell(lat, lon, 6))
          .append(',')
          .append(h3.latLngToCell(lat, lon, 8))
          .append(",US,")
          .append(String.format("%05d", random.nextInt(100_000)))
          .append(',')
          .append(NAICS[random.nextInt(NAICS.length)])
          .append(',')
          .append(employees)
          .append(',')
          .append(random.nextInt(10) < 3 ? "Customer" : "Prospect")
          .append(",2026-01-01T00:00:00Z,2026-01-01T00:00:00Z\n");
    }
    sql.unwrap(PGConnection.class)
        .getCopyAPI()
        .copyIn(
            "copy segmentation.account_segment (account_id, potential, currency, size_tier,"
                + " model_version, basis, base, rate, sector, propensity, current_spend, latitude,"
                + " longitude, h3_r4, h3_r6, h3_r8, country, postal_code, naics, employees,"
                + " account_type, source_at, updated_at) from stdin (format csv)",
            new StringReader(rows.toString()));
    long start = System.nanoTime();
    awaitHeatRollup(sql);
    double rollup = BenchSupport.seconds(start);
    // what autovacuum does within a minute of a million inserts: visibility and statistics
    try (Statement statement = sql.createStatement()) {
      statement.execute("vacuum analyze segmentation.account_segment");
      statement.execute("vacuum analyze segmentation.heat_cell");
    }
    return rollup;
  }

  /** Waits until the service has folded the accounts' heat-map differences into its totals. */
  private static void awaitHeatRollup(Connection sql) throws SQLException {
    long deadline = System.currentTimeMillis() + 600_000;
    try (Statement statement = sql.createStatement()) {
      while (System.currentTimeMillis() < deadline) {
        try (ResultSet pending =
            statement.executeQuery("select exists (select 1 from segmentation.heat_delta)")) {
          pending.next();
          if (!pending.getBoolean(1)) {
            return;
          }
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new SQLException("Interrupted while waiting for the heat-map rollup", e);
        }
      }
    }
    throw new SQLException("The heat-map rollup did not finish within 10 minutes");
  }
}
