package com.territoryplanner.kpi.repository;

import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Each account's owners over time, from plan activations and live assignments. */
@ApplicationScoped
public class OwnerPeriods {

  private final JdbcWork jdbc;

  OwnerPeriods(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records that the territory (and rep) owns the account from {@code effectiveFrom}, replacing
   * what was recorded for that date unless that is newer. In the caller's transaction.
   *
   * @return whether anything was written
   */
  public boolean record(
      String accountId,
      LocalDate effectiveFrom,
      UUID territoryId,
      String territoryName,
      UUID repId,
      UUID planId,
      Instant occurredAt) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "insert into owner_period (account_id, effective_from, territory_id,"
                      + " territory_name, rep_id, plan_id, source_at)"
                      + " values (?, ?, ?, ?, ?, ?, ?)"
                      + " on conflict (account_id, effective_from) do update set"
                      + " territory_id = excluded.territory_id,"
                      + " territory_name = excluded.territory_name, rep_id = excluded.rep_id,"
                      + " plan_id = excluded.plan_id, source_at = excluded.source_at"
                      + " where owner_period.source_at <= excluded.source_at")) {
            upsert.setString(1, accountId);
            upsert.setObject(2, effectiveFrom);
            upsert.setObject(3, territoryId);
            upsert.setString(4, territoryName);
            upsert.setObject(5, repId, Types.OTHER);
            upsert.setObject(6, planId, Types.OTHER);
            upsert.setTimestamp(7, Timestamp.from(occurredAt));
            return upsert.executeUpdate() == 1;
          }
        });
  }

  /** Accounts whose owner changes on a day in {@code (after, until]}: their open deals move. */
  public List<String> startingBetween(LocalDate after, LocalDate until) {
    return jdbc.run(
        connection -> {
          List<String> accounts = new ArrayList<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select distinct account_id from owner_period"
                      + " where effective_from > ? and effective_from <= ?")) {
            select.setObject(1, after);
            select.setObject(2, until);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                accounts.add(rows.getString(1));
              }
            }
          }
          return accounts;
        });
  }
}
