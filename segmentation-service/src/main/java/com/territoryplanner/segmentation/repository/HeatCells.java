package com.territoryplanner.segmentation.repository;

import com.territoryplanner.platform.persistence.JdbcWork;
import com.territoryplanner.platform.persistence.TransactionLocks;
import com.territoryplanner.segmentation.domain.HexGrid;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The accounts' totals per hexagon (table heat_cell), kept from the differences a trigger on
 * account_segment appends (heat_delta): a map reads thousands of hexagons, not every account.
 */
@ApplicationScoped
public class HeatCells {

  /** The advisory lock that lets one folder run at a time, across replicas. */
  private static final long FOLD_LOCK = 0x4865617443656c6cL;

  /** One hexagon's accounts, customers and potential in one currency. */
  public record AccountTotals(
      long cell, String currency, long accounts, long customers, BigDecimal potential) {}

  private final JdbcWork jdbc;
  private final TransactionLocks locks;

  HeatCells(JdbcWork jdbc, TransactionLocks locks) {
    this.jdbc = jdbc;
    this.locks = locks;
  }

  /**
   * Folds the differences appended so far into the totals and sets the centre of hexagons seen for
   * the first time; does nothing while another transaction folds. In the caller's transaction.
   */
  public void fold() {
    if (!locks.tryHold(FOLD_LOCK)) {
      return;
    }
    jdbc.run(
        connection -> {
          // hexagons folded for the first time come back without a centre
          Map<Long, Integer> unplaced = new HashMap<>(); // cell, its resolution
          try (PreparedStatement fold =
              connection.prepareStatement(
                  "with folded as (delete from heat_delta returning resolution, cell, currency,"
                      + " accounts, customers, potential)"
                      + " insert into heat_cell (resolution, cell, currency, accounts, customers,"
                      + " potential) select resolution, cell, currency, sum(accounts),"
                      + " sum(customers), sum(potential) from folded group by 1, 2, 3"
                      + " on conflict (resolution, cell, currency) do update set"
                      + " accounts = heat_cell.accounts + excluded.accounts,"
                      + " customers = heat_cell.customers + excluded.customers,"
                      + " potential = heat_cell.potential + excluded.potential"
                      + " returning resolution, cell, latitude is null")) {
            try (ResultSet row = fold.executeQuery()) {
              while (row.next()) {
                if (row.getBoolean(3)) {
                  unplaced.put(row.getLong(2), row.getInt(1));
                }
              }
            }
          }
          List<Long> cells = List.copyOf(unplaced.keySet());
          if (!cells.isEmpty()) {
            Integer[] resolutions = new Integer[cells.size()];
            Double[] lats = new Double[cells.size()];
            Double[] lons = new Double[cells.size()];
            for (int i = 0; i < cells.size(); i++) {
              resolutions[i] = unplaced.get(cells.get(i));
              double[] centre = HexGrid.centre(cells.get(i));
              lons[i] = centre[0];
              lats[i] = centre[1];
            }
            try (PreparedStatement place =
                connection.prepareStatement(
                    "update heat_cell h set latitude = c.lat, longitude = c.lon from"
                        + " unnest(?::int2[], ?::bigint[], ?::float8[], ?::float8[])"
                        + " as c(resolution, cell, lat, lon)"
                        + " where h.resolution = c.resolution and h.cell = c.cell")) {
              place.setArray(1, connection.createArrayOf("int2", resolutions));
              place.setArray(2, connection.createArrayOf("bigint", cells.toArray()));
              place.setArray(3, connection.createArrayOf("float8", lats));
              place.setArray(4, connection.createArrayOf("float8", lons));
              place.executeUpdate();
            }
          }
          return null;
        });
  }

  /**
   * The totals of the hexagons at a resolution whose centre lies in the box, differences not yet
   * folded included; hexagons left without accounts are left out.
   */
  public List<AccountTotals> inBox(
      int resolution, double minLon, double minLat, double maxLon, double maxLat) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select cell, currency, sum(accounts), sum(customers), sum(potential),"
                      + " bool_or(placed) from ("
                      + " select cell, currency, accounts, customers, potential, true as placed"
                      + " from heat_cell where resolution = ? and latitude between ? and ?"
                      + " and longitude between ? and ?"
                      + " union all select cell, currency, accounts, customers, potential, false"
                      + " from heat_delta where resolution = ?) as t group by 1, 2")) {
            select.setInt(1, resolution);
            select.setDouble(2, minLat);
            select.setDouble(3, maxLat);
            select.setDouble(4, minLon);
            select.setDouble(5, maxLon);
            select.setInt(6, resolution);
            List<AccountTotals> totals = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                long cell = row.getLong(1);
                long accounts = row.getLong(3);
                // a hexagon known only from differences: inside the box when its centre is
                boolean inside =
                    row.getBoolean(6) || contains(cell, minLon, minLat, maxLon, maxLat);
                if (accounts > 0 && inside) {
                  totals.add(
                      new AccountTotals(
                          cell, row.getString(2), accounts, row.getLong(4), row.getBigDecimal(5)));
                }
              }
            }
            return totals;
          }
        });
  }

  private static boolean contains(
      long cell, double minLon, double minLat, double maxLon, double maxLat) {
    double[] centre = HexGrid.centre(cell);
    return centre[0] >= minLon && centre[0] <= maxLon && centre[1] >= minLat && centre[1] <= maxLat;
  }
}
