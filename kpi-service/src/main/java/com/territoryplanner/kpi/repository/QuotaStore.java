package com.territoryplanner.kpi.repository;

import com.territoryplanner.kpi.domain.QuotaPlan;
import com.territoryplanner.kpi.domain.TerritoryQuota;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Plans' quota targets and territory quotas, and the potential they are spread by. */
@ApplicationScoped
public class QuotaStore {

  /** A territory of a plan: its accounts there and their potential in one currency. */
  public record PlanTerritory(UUID territoryId, long accounts, BigDecimal potential) {}

  private final JdbcWork jdbc;

  QuotaStore(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The territories of a plan, each with the accounts the plan gives it (an account's latest owner
   * in that plan) and their potential in {@code currency}, ordered by territory id.
   */
  public List<PlanTerritory> territoriesOf(UUID planId, String currency) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "with plan_owner as (select distinct on (account_id) account_id, territory_id"
                      + " from owner_period where plan_id = ?"
                      + " order by account_id, effective_from desc, source_at desc)"
                      + " select o.territory_id, count(*), coalesce(sum(s.potential)"
                      + " filter (where s.potential_currency = ?), 0)"
                      + " from plan_owner o left join account_segment s using (account_id)"
                      + " group by o.territory_id order by o.territory_id")) {
            select.setObject(1, planId);
            select.setString(2, currency);
            List<PlanTerritory> territories = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                territories.add(
                    new PlanTerritory(
                        rows.getObject(1, UUID.class), rows.getLong(2), rows.getBigDecimal(3)));
              }
            }
            return territories;
          }
        });
  }

  /** The quotas of a plan's year, territories ordered by id; names are the caller's to add. */
  public Optional<QuotaPlan> find(UUID planId, int year) {
    return jdbc.run(
        connection -> {
          QuotaPlan target;
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select currency, target, seasonality from quota_target"
                      + " where plan_id = ? and year = ?")) {
            select.setObject(1, planId);
            select.setInt(2, year);
            try (ResultSet row = select.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              target =
                  new QuotaPlan(
                      planId,
                      year,
                      row.getString(1),
                      row.getBigDecimal(2),
                      decimals(row, 3),
                      null,
                      List.of());
            }
          }
          List<TerritoryQuota> territories = new ArrayList<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select territory_id, accounts, potential, annual, months, edited"
                      + " from territory_quota where plan_id = ? and year = ?"
                      + " order by territory_id")) {
            select.setObject(1, planId);
            select.setInt(2, year);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                territories.add(
                    new TerritoryQuota(
                        rows.getObject(1, UUID.class),
                        null,
                        rows.getLong(2),
                        rows.getBigDecimal(3),
                        null,
                        rows.getBigDecimal(4),
                        decimals(rows, 5),
                        rows.getBoolean(6)));
              }
            }
          }
          return Optional.of(
              new QuotaPlan(
                  planId,
                  year,
                  target.currency(),
                  target.target(),
                  target.seasonality(),
                  null,
                  territories));
        });
  }

  /** The quotas set by hand for a plan's year. */
  public Map<UUID, BigDecimal> edited(UUID planId, int year) {
    Map<UUID, BigDecimal> edited = new LinkedHashMap<>();
    find(planId, year).stream()
        .flatMap(plan -> plan.territories().stream())
        .filter(TerritoryQuota::edited)
        .forEach(quota -> edited.put(quota.territoryId(), quota.annual()));
    return edited;
  }

  /** Replaces the quotas of a plan's year with {@code plan}'s. In the caller's transaction. */
  public void save(QuotaPlan plan) {
    jdbc.run(
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement(
                  "delete from quota_target where plan_id = ? and year = ?")) {
            delete.setObject(1, plan.planId());
            delete.setInt(2, plan.year());
            delete.executeUpdate();
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "insert into quota_target (plan_id, year, currency, target, seasonality,"
                      + " updated_at) values (?, ?, ?, ?, ?, now())")) {
            insert.setObject(1, plan.planId());
            insert.setInt(2, plan.year());
            insert.setString(3, plan.currency());
            insert.setBigDecimal(4, plan.target());
            insert.setArray(5, connection.createArrayOf("numeric", plan.seasonality().toArray()));
            insert.executeUpdate();
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "insert into territory_quota (plan_id, year, territory_id, potential, accounts,"
                      + " annual, months, edited) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (TerritoryQuota quota : plan.territories()) {
              insert.setObject(1, plan.planId());
              insert.setInt(2, plan.year());
              insert.setObject(3, quota.territoryId());
              insert.setBigDecimal(4, quota.potential());
              insert.setLong(5, quota.accounts());
              insert.setBigDecimal(6, quota.annual());
              insert.setArray(7, connection.createArrayOf("numeric", quota.months().toArray()));
              insert.setBoolean(8, quota.edited());
              insert.addBatch();
            }
            insert.executeBatch();
          }
          return null;
        });
  }

  private static List<BigDecimal> decimals(ResultSet row, int column) throws SQLException {
    return Arrays.asList((BigDecimal[]) row.getArray(column).getArray());
  }
}
