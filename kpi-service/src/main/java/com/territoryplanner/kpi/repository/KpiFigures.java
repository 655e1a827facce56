package com.territoryplanner.kpi.repository;

import com.territoryplanner.kpi.domain.AcquisitionTotals;
import com.territoryplanner.kpi.domain.ActivityTotals;
import com.territoryplanner.kpi.domain.CreditingRule;
import com.territoryplanner.kpi.domain.KpiGroup;
import com.territoryplanner.kpi.domain.KpiSeries.Monthly;
import com.territoryplanner.kpi.domain.LeadTotals;
import com.territoryplanner.kpi.domain.OpportunityTotals;
import com.territoryplanner.kpi.domain.Penetration;
import com.territoryplanner.kpi.domain.RevenueTotals;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Monthly totals per group and currency, each kind of figure aggregated in one statement over its
 * facts. Every kind of fact is read as {@code o} with its account, day, currency and the territory
 * and rep it is credited to, so grouping and filtering are written once.
 */
@ApplicationScoped
public class KpiFigures {

  /** What figures are grouped by. */
  public enum GroupBy {
    TERRITORY("o.credited_territory_id"),
    REP("o.credited_rep_id"),
    SEGMENT("s.segment"),
    /** Leads only. */
    LEAD_SOURCE("o.lead_source"),
    COMPANY("null::text");

    private final String column;

    GroupBy(String column) {
      this.column = column;
    }
  }

  /**
   * Which facts count: a date range, and optionally one currency, territory, rep or segment.
   * Figures without a currency (activities, leads) ignore the currency.
   */
  public record Filter(
      LocalDate from,
      LocalDate to,
      String currency,
      UUID territoryId,
      UUID repId,
      String segment) {}

  /** Reads a kind's totals from a row whose sums start at {@code column}. */
  private interface TotalsReader<T> {
    T read(ResultSet row, int column) throws SQLException;
  }

  /** Won deals whose cycle is known: created on or before their close. */
  private static final String CYCLED =
      "o.won and o.created_date is not null and o.close_date >= o.created_date";

  private static final String OPPORTUNITIES =
      "select account_id, close_date as day, currency, credited_territory_id, credited_rep_id,"
          + " amount, won, closed, created_date, close_date from opportunity where not deleted";

  private static final String REVENUE =
      "select r.account_id, r.line_date as day, r.currency, p.territory_id as"
          + " credited_territory_id, p.rep_id as credited_rep_id, r.amount, r.margin"
          + " from revenue_line r"
          + Crediting.ownerOn("r.account_id", "true", "r.line_date")
          + " where not r.deleted";

  private static final String ACTIVITIES =
      "select a.account_id, a.activity_date as day, null::text as currency, p.territory_id as"
          + " credited_territory_id, p.rep_id as credited_rep_id,"
          + " coalesce(a.activity_type, 'unspecified') as activity_type, a.duration_minutes"
          + " from activity a"
          + Crediting.ownerOn("a.account_id", "true", "a.activity_date")
          + " where not a.deleted";

  private static final String LEADS =
      "select l.converted_account_id as account_id, l.created_date as day, null::text as currency,"
          + " p.territory_id as credited_territory_id, p.rep_id as credited_rep_id,"
          + " l.lead_source, l.converted from lead l"
          + Crediting.ownerOn("l.converted_account_id", "true", "l.created_date")
          + " where not l.deleted and l.created_date is not null";

  private final JdbcWork jdbc;

  KpiFigures(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  /** Opportunities by close date (expected close for open ones), credited as stored. */
  public List<Monthly<OpportunityTotals>> opportunities(GroupBy groupBy, Filter filter) {
    return monthly(
        groupBy,
        filter,
        OPPORTUNITIES,
        null,
        true,
        null,
        "coalesce(sum(o.amount) filter (where o.won), 0),"
            + " count(*) filter (where o.won),"
            + " count(*) filter (where o.closed and not o.won),"
            + " coalesce(sum(o.amount) filter (where not o.closed), 0),"
            + " count(*) filter (where not o.closed),"
            + " coalesce(sum(o.close_date - o.created_date) filter (where "
            + CYCLED
            + "), 0),"
            + " count(*) filter (where "
            + CYCLED
            + ")",
        (row, c) ->
            new OpportunityTotals(
                row.getBigDecimal(c),
                row.getLong(c + 1),
                row.getLong(c + 2),
                row.getBigDecimal(c + 3),
                row.getLong(c + 4),
                row.getLong(c + 5),
                row.getLong(c + 6)));
  }

  /** Revenue lines by date, credited to the account's owner on that date (or today's). */
  public List<Monthly<RevenueTotals>> revenue(GroupBy groupBy, Filter filter, CreditingRule rule) {
    return monthly(
        groupBy,
        filter,
        REVENUE,
        rule,
        true,
        null,
        "sum(o.amount), count(*), coalesce(sum(o.margin), 0),"
            + " coalesce(sum(o.amount) filter (where o.margin is not null), 0)",
        (row, c) ->
            new RevenueTotals(
                row.getBigDecimal(c),
                row.getLong(c + 1),
                row.getBigDecimal(c + 2),
                row.getBigDecimal(c + 3)));
  }

  /** Activities by date and type, credited like revenue. */
  public List<Monthly<ActivityTotals>> activities(
      GroupBy groupBy, Filter filter, CreditingRule rule) {
    return monthly(
        groupBy,
        filter,
        ACTIVITIES,
        rule,
        false,
        "o.activity_type",
        "count(*), coalesce(sum(o.duration_minutes), 0)",
        (row, c) ->
            new ActivityTotals(
                row.getLong(c), row.getLong(c + 1), Map.of(row.getString(c - 1), row.getLong(c))));
  }

  /**
   * Leads by created date; a converted lead counts for its account's owner on that date (or
   * today's), the others for no territory or rep.
   */
  public List<Monthly<LeadTotals>> leads(GroupBy groupBy, Filter filter, CreditingRule rule) {
    return monthly(
        groupBy,
        filter,
        LEADS,
        rule,
        false,
        null,
        "count(*), count(*) filter (where o.converted)",
        (row, c) -> new LeadTotals(row.getLong(c), row.getLong(c + 1)));
  }

  /**
   * The company's spend per month and currency, each spend spread over its days (only the days in
   * [from, to] count), and its new customers per month: accounts whose first won deal closed then.
   * New customers are reported with every currency spent in the range, or alone without spend.
   */
  public List<Monthly<AcquisitionTotals>> acquisition(Filter filter) {
    return jdbc.run(
        connection -> {
          List<Monthly<AcquisitionTotals>> months = new ArrayList<>();
          List<String> currencies = new ArrayList<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select m.month, s.currency, sum(s.amount * (least(s.period_end, m.last, ?)"
                      + " - greatest(s.period_start, m.month, ?) + 1)::numeric"
                      + " / (s.period_end - s.period_start + 1))"
                      + " from spend s cross join lateral (select g::date as month,"
                      + " (g + interval '1 month')::date - 1 as last from generate_series("
                      + "date_trunc('month', greatest(s.period_start, ?)),"
                      + " least(s.period_end, ?), interval '1 month') g) m"
                      + " where not s.deleted and s.period_end >= ? and s.period_start <= ?"
                      + " and (?::text is null or s.currency = ?::text)"
                      + " group by 1, 2")) {
            Object[] parameters = {
              filter.to(),
              filter.from(),
              filter.from(),
              filter.to(),
              filter.from(),
              filter.to(),
              filter.currency(),
              filter.currency()
            };
            for (int i = 0; i < parameters.length; i++) {
              select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                String currency = rows.getString(2);
                if (!currencies.contains(currency)) {
                  currencies.add(currency);
                }
                months.add(
                    new Monthly<>(
                        KpiGroup.EVERYTHING,
                        rows.getObject(1, LocalDate.class),
                        currency,
                        new AcquisitionTotals(rows.getBigDecimal(3), 0)));
              }
            }
          }
          if (currencies.isEmpty()) {
            currencies.add(null);
          }
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select date_trunc('month', first_won)::date, count(*) from (select"
                      + " min(close_date) as first_won from opportunity where won and not deleted"
                      + " and close_date is not null group by account_id) f"
                      + " where first_won between ? and ? group by 1")) {
            select.setObject(1, filter.from());
            select.setObject(2, filter.to());
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                for (String currency : currencies) {
                  months.add(
                      new Monthly<>(
                          KpiGroup.EVERYTHING,
                          rows.getObject(1, LocalDate.class),
                          currency,
                          new AcquisitionTotals(BigDecimal.ZERO, rows.getLong(2))));
                }
              }
            }
          }
          return months;
        });
  }

  /**
   * Per group of today's owners, the accounts whose potential is in {@code currency}: their revenue
   * in that currency over the last 12 months and their potential.
   */
  public List<Penetration> penetration(GroupBy groupBy, String currency) {
    String sql =
        "with owner as (select distinct on (account_id) account_id, territory_id, rep_id"
            + " from owner_period where effective_from <= current_date"
            + " order by account_id, effective_from desc, source_at desc),"
            + " revenue as (select account_id, sum(amount) as amount from revenue_line"
            + " where not deleted and currency = ? and line_date > current_date - 365"
            + " group by account_id)"
            + " select "
            + groupBy.column
            + ", count(*), coalesce(sum(v.amount), 0), coalesce(sum(s.potential), 0)"
            + " from (select a.account_id, w.territory_id as credited_territory_id,"
            + " w.rep_id as credited_rep_id, null::text as lead_source from account_segment a"
            + " left join owner w using (account_id) where a.potential_currency = ?) o"
            + " join account_segment s on s.account_id = o.account_id"
            + " left join revenue v on v.account_id = o.account_id group by 1";
    return jdbc.run(
        connection -> {
          List<Penetration> rows = new ArrayList<>();
          try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, currency);
            select.setString(2, currency);
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                rows.add(
                    Penetration.of(
                        group(groupBy, row),
                        currency,
                        row.getLong(2),
                        row.getBigDecimal(3),
                        row.getBigDecimal(4)));
              }
            }
          }
          return rows;
        });
  }

  /** Each territory's name in its latest assignment. */
  public Map<UUID, String> territoryNames(List<UUID> territoryIds) {
    return jdbc.run(
        connection -> {
          Map<UUID, String> names = new HashMap<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select distinct on (territory_id) territory_id, territory_name"
                      + " from owner_period where territory_id = any(?)"
                      + " order by territory_id, source_at desc")) {
            select.setArray(1, connection.createArrayOf("uuid", territoryIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                names.put(rows.getObject(1, UUID.class), rows.getString(2));
              }
            }
          }
          return names;
        });
  }

  /**
   * Monthly totals of one kind of fact.
   *
   * @param facts the facts as {@code o}: account_id, day, currency, credited_territory_id,
   *     credited_rep_id and the kind's own columns
   * @param rule binds the facts' crediting parameter first; null when they have none
   * @param hasCurrency whether the currency filter applies
   * @param type a column the rows are also split by, read just before the sums; null for none
   */
  private <T> List<Monthly<T>> monthly(
      GroupBy groupBy,
      Filter filter,
      String facts,
      CreditingRule rule,
      boolean hasCurrency,
      String type,
      String sums,
      TotalsReader<T> totals) {
    List<Object> parameters = new ArrayList<>();
    if (rule != null) {
      parameters.add(rule == CreditingRule.OWNER_AT_CLOSE);
    }
    parameters.add(filter.from());
    parameters.add(filter.to());
    StringBuilder where = new StringBuilder(" where o.day between ? and ?");
    if (hasCurrency) {
      condition(where, parameters, "o.currency", filter.currency());
    }
    condition(where, parameters, "o.credited_territory_id", filter.territoryId());
    condition(where, parameters, "o.credited_rep_id", filter.repId());
    condition(where, parameters, "s.segment", filter.segment());
    String sql =
        "select "
            + groupBy.column
            + ", date_trunc('month', o.day)::date, o.currency, "
            + (type == null ? "null::text" : type)
            + ", "
            + sums
            + " from ("
            + facts
            + ") o left join account_segment s on s.account_id = o.account_id"
            + where
            + " group by 1, 2, 3, 4";
    return jdbc.run(
        connection -> {
          List<Monthly<T>> months = new ArrayList<>();
          try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
              select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                months.add(
                    new Monthly<>(
                        group(groupBy, rows),
                        rows.getObject(2, LocalDate.class),
                        rows.getString(3),
                        totals.read(rows, 5)));
              }
            }
          }
          return months;
        });
  }

  private static void condition(
      StringBuilder where, List<Object> parameters, String column, Object value) {
    if (value != null) {
      where.append(" and ").append(column).append(" = ?");
      parameters.add(value);
    }
  }

  private static KpiGroup group(GroupBy groupBy, ResultSet row) throws SQLException {
    return switch (groupBy) {
      case TERRITORY -> new KpiGroup(row.getObject(1, UUID.class), null, null, null, null);
      case REP -> new KpiGroup(null, null, row.getObject(1, UUID.class), null, null);
      case SEGMENT -> new KpiGroup(null, null, null, row.getString(1), null);
      case LEAD_SOURCE -> new KpiGroup(null, null, null, null, row.getString(1));
      case COMPANY -> KpiGroup.EVERYTHING;
    };
  }
}
