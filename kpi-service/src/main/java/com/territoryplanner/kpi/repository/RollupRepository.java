package com.territoryplanner.kpi.repository;

import com.territoryplanner.kpi.domain.RollupChanges.Totals;
import com.territoryplanner.kpi.domain.TerritoryBookings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Dirty territories and rollups, in plain SQL: the aggregate is one statement per territory. */
@ApplicationScoped
public class RollupRepository {

  private final EntityManager entityManager;

  RollupRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Marks a territory for recomputation. The upsert locks an existing mark, so a job that is about
   * to clear it waits for this transaction and then sees its changes.
   */
  public void markTerritoryDirty(UUID territoryId) {
    mark("dirty_territory", "territory_id", territoryId);
  }

  /**
   * Marks an account whose won opportunities changed; the job credits the change to whichever
   * territory owns the account when it runs.
   */
  public void markAccountDirty(String accountId) {
    mark("dirty_account", "account_id", accountId);
  }

  /**
   * Claims up to {@code limit} dirty territories and dirty accounts, clears their marks in the
   * caller's transaction and answers the territories to recompute: the marked ones and the current
   * owners of the marked accounts. Marks held by uncommitted consumers are skipped and picked up
   * next time.
   */
  public Claim claimDirty(int limit) {
    List<UUID> territories = claim("dirty_territory", "territory_id", UUID.class, limit);
    List<String> accounts = claim("dirty_account", "account_id", String.class, limit);
    Set<UUID> toRecompute = new LinkedHashSet<>(territories);
    if (!accounts.isEmpty()) {
      @SuppressWarnings("unchecked")
      List<UUID> owners =
          entityManager
              .createNativeQuery(
                  "select distinct territory_id from account_owner where account_id in (:ids)",
                  UUID.class)
              .setParameter("ids", accounts)
              .getResultList();
      toRecompute.addAll(owners);
    }
    return new Claim(Math.max(territories.size(), accounts.size()), List.copyOf(toRecompute));
  }

  /** What one claim took: the larger of its two claims, and the territories to recompute. */
  public record Claim(int marks, List<UUID> territories) {}

  private void mark(String table, String column, Object id) {
    entityManager
        .createNativeQuery(
            "insert into "
                + table
                + " ("
                + column
                + ", marked_at) values (:id, now())"
                + " on conflict ("
                + column
                + ") do update set marked_at = excluded.marked_at")
        .setParameter("id", id)
        .executeUpdate();
  }

  private <T> List<T> claim(String table, String column, Class<T> type, int limit) {
    @SuppressWarnings("unchecked")
    List<T> claimed =
        entityManager
            .createNativeQuery(
                "select "
                    + column
                    + " from "
                    + table
                    + " order by marked_at limit :limit for update skip locked",
                type)
            .setParameter("limit", limit)
            .getResultList();
    if (!claimed.isEmpty()) {
      entityManager
          .createNativeQuery("delete from " + table + " where " + column + " in (:ids)")
          .setParameter("ids", claimed)
          .executeUpdate();
    }
    return claimed;
  }

  /** Won bookings and deals per currency of the accounts the territory owns now. */
  public Map<String, Totals> wonTotals(UUID territoryId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select o.currency, coalesce(sum(o.amount), 0), count(*)"
                    + " from opportunity o join account_owner a on a.account_id = o.account_id"
                    + " where a.territory_id = :t and o.won"
                    + " group by o.currency order by o.currency")
            .setParameter("t", territoryId)
            .getResultList();
    Map<String, Totals> totals = new LinkedHashMap<>();
    for (Object[] row : rows) {
      totals.put((String) row[0], new Totals((BigDecimal) row[1], ((Number) row[2]).longValue()));
    }
    return totals;
  }

  /** The territory's name in its latest assignment, or null when it owns no account. */
  public String currentName(UUID territoryId) {
    @SuppressWarnings("unchecked")
    List<String> names =
        entityManager
            .createNativeQuery(
                "select territory_name from account_owner where territory_id = :t"
                    + " order by updated_at desc limit 1",
                String.class)
            .setParameter("t", territoryId)
            .getResultList();
    return names.isEmpty() ? null : names.get(0);
  }

  public List<TerritoryBookings> rollupsOf(UUID territoryId) {
    return query(" where territory_id = :t", territoryId);
  }

  public List<TerritoryBookings> allRollups() {
    return query("", null);
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

  private List<TerritoryBookings> query(String where, UUID territoryId) {
    var query =
        entityManager.createNativeQuery(
            "select territory_id, territory_name, currency, bookings, won_deals from kpi_rollup"
                + where
                + " order by territory_name, territory_id, currency");
    if (territoryId != null) {
      query.setParameter("t", territoryId);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
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
}
