package com.territoryplanner.kpi.repository;

import com.territoryplanner.kpi.domain.OwnerFact;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Each account's owners over time, from plan activations and live assignments, written a batch at a
 * time. Idempotent by state: a period keeps the time of the event that wrote it, an older event
 * never overwrites it, and the same owner again changes nothing.
 */
@ApplicationScoped
public class OwnerPeriods {

  private final JdbcWork jdbc;
  private final CreditLocks locks;
  private final DirtyMarks marks;

  OwnerPeriods(JdbcWork jdbc, CreditLocks locks, DirtyMarks marks) {
    this.jdbc = jdbc;
    this.locks = locks;
    this.marks = marks;
  }

  /**
   * Records each account's owner from each fact's date, keeping the batch's newest per account and
   * date unless the stored one is newer; marks the accounts whose owners changed (their deals are
   * credited again) and their territories (whose names may have changed). In the caller's
   * transaction.
   */
  public void record(List<OwnerFact> facts) {
    Map<String, OwnerFact> newest = new LinkedHashMap<>();
    for (OwnerFact fact : facts) {
      newest.merge(
          fact.accountId() + "\u0000" + fact.effectiveFrom(),
          fact,
          (a, b) -> b.occurredAt().isBefore(a.occurredAt()) ? a : b);
    }
    if (newest.isEmpty()) {
      return;
    }
    List<OwnerFact> rows = List.copyOf(newest.values());
    // before anything is written: a batch of these accounts' deals may be crediting now
    locks.lockAccounts(rows.stream().map(OwnerFact::accountId).distinct().toList());
    Set<String> accounts = new HashSet<>();
    Set<UUID> territories = new HashSet<>();
    jdbc.query(
        "insert into owner_period (account_id, effective_from, territory_id, territory_name,"
            + " rep_id, plan_id, source_at)"
            + " select * from unnest(?::text[], ?::date[], ?::uuid[], ?::text[], ?::uuid[],"
            + " ?::uuid[], ?::timestamptz[])"
            + " on conflict (account_id, effective_from) do update set"
            + " territory_id = excluded.territory_id, territory_name = excluded.territory_name,"
            + " rep_id = excluded.rep_id, plan_id = excluded.plan_id,"
            + " source_at = excluded.source_at"
            + " where owner_period.source_at <= excluded.source_at"
            + " and (owner_period.territory_id, owner_period.territory_name,"
            + " owner_period.rep_id, owner_period.plan_id) is distinct from"
            + " (excluded.territory_id, excluded.territory_name, excluded.rep_id,"
            + " excluded.plan_id)"
            + " returning account_id, territory_id",
        written -> {
          accounts.add(written.getString(1));
          territories.add(written.getObject(2, UUID.class));
        },
        JdbcWork.array("text", rows, OwnerFact::accountId),
        JdbcWork.array("text", rows, f -> f.effectiveFrom().toString()),
        JdbcWork.array("uuid", rows, OwnerFact::territoryId),
        JdbcWork.array("text", rows, OwnerFact::territoryName),
        JdbcWork.array("uuid", rows, OwnerFact::repId),
        JdbcWork.array("uuid", rows, OwnerFact::planId),
        JdbcWork.array("text", rows, f -> f.occurredAt().toString()));
    if (!accounts.isEmpty()) {
      marks.markAccounts(accounts);
      marks.markTerritories(territories);
    }
  }

  /** Accounts whose owner changes on a day in {@code (after, until]}: their open deals move. */
  public List<String> startingBetween(LocalDate after, LocalDate until) {
    return jdbc.list(
        "select distinct account_id from owner_period"
            + " where effective_from > ? and effective_from <= ?",
        row -> row.getString(1),
        after,
        until);
  }
}
