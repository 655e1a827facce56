package com.territoryplanner.kpi.repository;

import com.territoryplanner.kpi.domain.CreditingRule;
import com.territoryplanner.kpi.domain.RollupChanges.Totals;
import com.territoryplanner.kpi.domain.TerritoryBookings;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Credits and rollups, in plain SQL: each is one statement per batch or territory. */
@ApplicationScoped
public class RollupRepository {

  private final EntityManager entityManager;
  private final JdbcWork jdbc;

  RollupRepository(EntityManager entityManager, JdbcWork jdbc) {
    this.entityManager = entityManager;
    this.jdbc = jdbc;
  }

  /**
   * Credits every opportunity of these accounts again by the rule, from the accounts' owner
   * periods, in the caller's transaction.
   *
   * @return the territories these opportunities were and are credited to: the ones whose figures
   *     may have changed, since the accounts are dirty because their deals or owners changed
   */
  public Set<UUID> recredit(List<String> accountIds, CreditingRule rule) {
    return jdbc.run(
        connection -> {
          Set<UUID> territories = new LinkedHashSet<>();
          try (PreparedStatement update =
              connection.prepareStatement(
                  "with credit as (select o.id, o.credited_territory_id as before,"
                      + " p.territory_id, p.rep_id from opportunity o"
                      + Crediting.ownerJoin("o")
                      + " where o.account_id = any(?)),"
                      + " moved as (update opportunity o set credited_territory_id = c.territory_id,"
                      + "   credited_rep_id = c.rep_id from credit c where o.id = c.id"
                      + "   and (o.credited_territory_id is distinct from c.territory_id"
                      + "     or o.credited_rep_id is distinct from c.rep_id))"
                      + " select distinct t from credit"
                      + " cross join lateral (values (credit.before), (credit.territory_id)) v(t)"
                      + " where t is not null")) {
            update.setBoolean(1, rule == CreditingRule.OWNER_AT_CLOSE);
            update.setArray(2, connection.createArrayOf("text", accountIds.toArray()));
            try (ResultSet rows = update.executeQuery()) {
              while (rows.next()) {
                territories.add(rows.getObject(1, UUID.class));
              }
            }
          }
          return territories;
        });
  }

  /**
   * Won bookings and deals per currency credited to each of the territories (none won: absent), in
   * one query: while a burst keeps most territories dirty, one pass over the deals costs less than
   * one lookup per territory.
   */
  public Map<UUID, Map<String, Totals>> wonTotals(Collection<UUID> territoryIds) {
    Map<UUID, Map<String, Totals>> totals = new HashMap<>();
    if (!territoryIds.isEmpty()) {
      jdbc.query(
          "select credited_territory_id, currency, coalesce(sum(amount), 0), count(*)"
              + " from opportunity where credited_territory_id = any(?) and won and not deleted"
              + " group by 1, 2 order by 1, 2",
          row ->
              totals
                  .computeIfAbsent(row.getObject(1, UUID.class), t -> new LinkedHashMap<>())
                  .put(row.getString(2), new Totals(row.getBigDecimal(3), row.getLong(4))),
          JdbcWork.array("uuid", territoryIds));
    }
    return totals;
  }

  /**
   * Each territory's name in its latest assignment; a territory that never owned an account is
   * missing.
   */
  public Map<UUID, String> currentNames(Collection<UUID> territoryIds) {
    Map<UUID, String> names = new HashMap<>();
    if (!territoryIds.isEmpty()) {
      jdbc.query(
          "select distinct on (territory_id) territory_id, territory_name from owner_period"
              + " where territory_id = any(?) order by territory_id, source_at desc",
          row -> names.put(row.getObject(1, UUID.class), row.getString(2)),
          JdbcWork.array("uuid", territoryIds));
    }
    return names;
  }

  /** The stored rollups of each territory that has any. */
  public Map<UUID, List<TerritoryBookings>> rollupsOf(Collection<UUID> territoryIds) {
    Map<UUID, List<TerritoryBookings>> rollups = new HashMap<>();
    if (!territoryIds.isEmpty()) {
      jdbc.query(
          "select territory_id, territory_name, currency, bookings, won_deals from kpi_rollup"
              + " where territory_id = any(?) order by territory_id, currency",
          row ->
              rollups
                  .computeIfAbsent(row.getObject(1, UUID.class), t -> new ArrayList<>())
                  .add(
                      new TerritoryBookings(
                          row.getObject(1, UUID.class),
                          row.getString(2),
                          row.getString(3),
                          row.getBigDecimal(4),
                          row.getLong(5))),
          JdbcWork.array("uuid", territoryIds));
    }
    return rollups;
  }

  /**
   * Every stored rollup. Through the entity manager, not {@link JdbcWork}: the reports read it
   * outside a transaction.
   */
  public List<TerritoryBookings> allRollups() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select territory_id, territory_name, currency, bookings, won_deals"
                    + " from kpi_rollup order by territory_name, territory_id, currency")
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new TerritoryBookings(
                    (UUID) row[0],
                    (String) row[1],
                    (String) row[2],
                    (BigDecimal) row[3],
                    ((Number) row[4]).longValue()))
        .toList();
  }

  public void save(TerritoryBookings rollup, Instant now) {
    entityManager
        .createNativeQuery(
            "insert into kpi_rollup"
                + " (territory_id, currency, territory_name, bookings, won_deals, updated_at)"
                + " values (:t, :c, :n, :b, :w, :u)"
                + " on conflict (territory_id, currency) do update set"
                + " territory_name = excluded.territory_name, bookings = excluded.bookings,"
                + " won_deals = excluded.won_deals, updated_at = excluded.updated_at")
        .setParameter("t", rollup.territoryId())
        .setParameter("c", rollup.currency())
        .setParameter("n", rollup.territoryName())
        .setParameter("b", rollup.bookings())
        .setParameter("w", rollup.wonDeals())
        .setParameter("u", now)
        .executeUpdate();
  }
}
