package com.territoryplanner.kpi.repository;

import com.territoryplanner.kpi.domain.BalanceHealth;
import com.territoryplanner.kpi.domain.BalanceTolerance;
import com.territoryplanner.kpi.domain.MetricSpread;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plans' balance tolerances and their balance measured over time. */
@ApplicationScoped
public class HealthStore {

  private final JdbcWork jdbc;
  private final MetricSpreadColumn spreads;

  HealthStore(JdbcWork jdbc, MetricSpreadColumn spreads) {
    this.jdbc = jdbc;
    this.spreads = spreads;
  }

  /** The plans that own an account today: each account's owner period in effect now. */
  public List<UUID> currentPlans() {
    return jdbc.run(
        connection -> {
          List<UUID> plans = new ArrayList<>();
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "select distinct plan_id from (select distinct on (account_id) plan_id"
                          + " from owner_period where effective_from <= current_date"
                          + " order by account_id, effective_from desc, source_at desc) o"
                          + " where plan_id is not null");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              plans.add(rows.getObject(1, UUID.class));
            }
          }
          return plans;
        });
  }

  /** The currency most of the plan's assessed accounts have their potential in. */
  public Optional<String> potentialCurrency(UUID planId) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select s.potential_currency from (select distinct on (account_id) account_id"
                      + " from owner_period where plan_id = ?) o"
                      + " join account_segment s using (account_id)"
                      + " where s.potential_currency is not null"
                      + " group by 1 order by count(*) desc, 1 limit 1")) {
            select.setObject(1, planId);
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
          }
        });
  }

  public Optional<BalanceTolerance> policy(UUID planId) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select potential_tolerance, workload_tolerance, attainment_tolerance"
                      + " from health_policy where plan_id = ?")) {
            select.setObject(1, planId);
            try (ResultSet row = select.executeQuery()) {
              return row.next()
                  ? Optional.of(
                      new BalanceTolerance(row.getDouble(1), row.getDouble(2), row.getDouble(3)))
                  : Optional.empty();
            }
          }
        });
  }

  public void savePolicy(UUID planId, BalanceTolerance tolerance) {
    jdbc.run(
        connection -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "insert into health_policy (plan_id, potential_tolerance, workload_tolerance,"
                      + " attainment_tolerance, updated_at) values (?, ?, ?, ?, now())"
                      + " on conflict (plan_id) do update set"
                      + " potential_tolerance = excluded.potential_tolerance,"
                      + " workload_tolerance = excluded.workload_tolerance,"
                      + " attainment_tolerance = excluded.attainment_tolerance,"
                      + " updated_at = excluded.updated_at")) {
            upsert.setObject(1, planId);
            upsert.setDouble(2, tolerance.potential());
            upsert.setDouble(3, tolerance.workload());
            upsert.setDouble(4, tolerance.attainment());
            return upsert.executeUpdate();
          }
        });
  }

  /** The plan's last measurement, without its territories. */
  public Optional<BalanceHealth> latest(UUID planId) {
    List<BalanceHealth> latest = history(planId, Instant.EPOCH, Instant.now(), 1, true);
    return latest.isEmpty() ? Optional.empty() : Optional.of(latest.get(0));
  }

  public void save(BalanceHealth health) {
    jdbc.run(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "insert into balance_health (plan_id, measured_at, currency, territories,"
                      + " metrics, within_tolerance) values (?, ?, ?, ?, ?, ?)"
                      + " on conflict do nothing")) {
            insert.setObject(1, health.planId());
            insert.setTimestamp(2, Timestamp.from(health.measuredAt()));
            insert.setString(3, health.currency());
            insert.setInt(4, health.territories().size());
            insert.setString(
                5,
                spreads.write(
                    Arrays.asList(health.potential(), health.workload(), health.attainment())));
            insert.setBoolean(6, health.withinTolerance());
            return insert.executeUpdate();
          }
        });
  }

  /** Measurements in {@code [from, to]}, oldest first (newest first when {@code newestFirst}). */
  public List<BalanceHealth> history(
      UUID planId, Instant from, Instant to, int limit, boolean newestFirst) {
    return jdbc.run(
        connection -> {
          List<BalanceHealth> history = new ArrayList<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select measured_at, currency, metrics, within_tolerance from balance_health"
                      + " where plan_id = ? and measured_at between ? and ?"
                      + " order by measured_at "
                      + (newestFirst ? "desc" : "asc")
                      + " limit ?")) {
            select.setObject(1, planId);
            select.setTimestamp(2, Timestamp.from(from));
            select.setTimestamp(3, Timestamp.from(to));
            select.setInt(4, limit);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                List<MetricSpread> metrics = spreads.read(rows.getString(3));
                history.add(
                    new BalanceHealth(
                        planId,
                        rows.getTimestamp(1).toInstant(),
                        rows.getString(2),
                        metrics.get(0),
                        metrics.get(1),
                        metrics.get(2),
                        rows.getBoolean(4),
                        null));
              }
            }
          }
          return history;
        });
  }
}
