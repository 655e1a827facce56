package com.territoryplanner.kpi.repository;

import com.territoryplanner.kpi.domain.KpiGroup;
import com.territoryplanner.kpi.domain.KpiSeries.MonthlyTotals;
import com.territoryplanner.kpi.domain.OpportunityTotals;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Monthly opportunity totals per group and currency, aggregated in one statement. */
@ApplicationScoped
public class KpiFigures {

  /** What figures are grouped by. */
  public enum GroupBy {
    TERRITORY("o.credited_territory_id"),
    REP("o.credited_rep_id"),
    SEGMENT("s.segment"),
    COMPANY("null::text");

    private final String column;

    GroupBy(String column) {
      this.column = column;
    }
  }

  /**
   * Which opportunities count: a close-date range, and optionally one currency, territory, rep or
   * segment.
   */
  public record Filter(
      LocalDate from,
      LocalDate to,
      String currency,
      UUID territoryId,
      UUID repId,
      String segment) {}

  /** Won deals whose cycle is known: created on or before their close. */
  private static final String CYCLED =
      "o.won and o.created_date is not null and o.close_date >= o.created_date";

  private final JdbcWork jdbc;

  KpiFigures(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  public List<MonthlyTotals> monthly(GroupBy groupBy, Filter filter) {
    List<Object> parameters = new ArrayList<>(List.of(filter.from(), filter.to()));
    StringBuilder where =
        new StringBuilder(" where not o.deleted and o.close_date between ? and ?");
    condition(where, parameters, "o.currency", filter.currency());
    condition(where, parameters, "o.credited_territory_id", filter.territoryId());
    condition(where, parameters, "o.credited_rep_id", filter.repId());
    condition(where, parameters, "s.segment", filter.segment());
    String sql =
        "select "
            + groupBy.column
            + ", date_trunc('month', o.close_date)::date, o.currency,"
            + " coalesce(sum(o.amount) filter (where o.won), 0),"
            + " count(*) filter (where o.won),"
            + " count(*) filter (where o.closed and not o.won),"
            + " coalesce(sum(o.amount) filter (where not o.closed), 0),"
            + " count(*) filter (where not o.closed),"
            + " coalesce(sum(o.close_date - o.created_date) filter (where "
            + CYCLED
            + "), 0),"
            + " count(*) filter (where "
            + CYCLED
            + ")"
            + " from opportunity o left join account_segment s on s.account_id = o.account_id"
            + where
            + " group by 1, 2, 3";
    return jdbc.run(
        connection -> {
          List<MonthlyTotals> months = new ArrayList<>();
          try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
              select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                months.add(
                    new MonthlyTotals(
                        group(groupBy, rows),
                        rows.getObject(2, LocalDate.class),
                        rows.getString(3),
                        new OpportunityTotals(
                            rows.getBigDecimal(4),
                            rows.getLong(5),
                            rows.getLong(6),
                            rows.getBigDecimal(7),
                            rows.getLong(8),
                            rows.getLong(9),
                            rows.getLong(10))));
              }
            }
          }
          return months;
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

  private static void condition(
      StringBuilder where, List<Object> parameters, String column, Object value) {
    if (value != null) {
      where.append(" and ").append(column).append(" = ?");
      parameters.add(value);
    }
  }

  private static KpiGroup group(GroupBy groupBy, ResultSet row) throws SQLException {
    return switch (groupBy) {
      case TERRITORY -> new KpiGroup(row.getObject(1, UUID.class), null, null, null);
      case REP -> new KpiGroup(null, null, row.getObject(1, UUID.class), null);
      case SEGMENT -> new KpiGroup(null, null, null, row.getString(1));
      case COMPANY -> KpiGroup.EVERYTHING;
    };
  }
}
