package com.territoryplanner.segmentation.repository;

import com.territoryplanner.platform.persistence.JdbcWork;
import com.territoryplanner.segmentation.domain.AccountFeatures.RevenueFigures;
import com.territoryplanner.segmentation.domain.FirmographicCount;
import com.territoryplanner.segmentation.domain.LeadConversion;
import com.territoryplanner.segmentation.domain.LifetimeValue;
import com.territoryplanner.segmentation.domain.RegionalGrowth;
import com.territoryplanner.segmentation.domain.WinLoss;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The facts features are computed from (revenue lines, opportunities, activities, leads), each row
 * written only by an event at least as new as the one that wrote it last, and the aggregates over
 * them.
 */
@ApplicationScoped
public class AccountFacts {

  /** A fact table: its name, and whether its key is the source with the id or the id alone. */
  public enum Fact {
    REVENUE("revenue_fact", true),
    OPPORTUNITY("opportunity_fact", false),
    ACTIVITY("activity_fact", true),
    LEAD("lead_fact", true),
    MARKET("market_fact", true),
    COMPETITOR("competitor_fact", true),
    INDICATOR("indicator_fact", true);

    private final String table;
    private final boolean bySource;

    Fact(String table, boolean bySource) {
      this.table = table;
      this.bySource = bySource;
    }

    private String key() {
      return bySource ? "source, id" : "id";
    }

    /** The condition that finds one row by its key; bind it with {@link #bindKey}. */
    private String keyMatch() {
      return bySource ? "id = ? and source = ?" : "id = ?";
    }

    /** Binds the key from parameter {@code first}; answers the next parameter's index. */
    private int bindKey(PreparedStatement statement, int first, String source, String id)
        throws SQLException {
      statement.setString(first, id);
      if (bySource) {
        statement.setString(first + 1, source);
        return first + 2;
      }
      return first + 1;
    }
  }

  /** Rows fetched per round trip when streaming a large result. */
  static final int FETCH_SIZE = 10_000;

  private final JdbcWork jdbc;

  AccountFacts(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Writes a fact from an event of {@code at}, unless the stored row came from a newer event. The
   * row's first columns are the key, in the order of {@link Fact}'s key.
   */
  public void write(Fact fact, Map<String, Object> row, Instant at) {
    String columns = String.join(", ", row.keySet()) + ", source_at";
    String updates =
        row.keySet().stream()
            .map(column -> column + " = excluded." + column)
            .collect(Collectors.joining(", "));
    String sql =
        "insert into "
            + fact.table
            + " ("
            + columns
            + ") values ("
            + "?, ".repeat(row.size())
            + "?) on conflict ("
            + fact.key()
            + ") do update set "
            + updates
            + ", source_at = excluded.source_at where "
            + fact.table
            + ".source_at <= excluded.source_at";
    jdbc.run(
        connection -> {
          try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            int index = 1;
            for (Object value : row.values()) {
              upsert.setObject(index++, value);
            }
            upsert.setObject(index, at.atOffset(ZoneOffset.UTC));
            return upsert.executeUpdate();
          }
        });
  }

  /** Deletes a fact, unless the stored row came from a newer event. */
  public void delete(Fact fact, String source, String id, Instant at) {
    jdbc.run(
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement(
                  "delete from "
                      + fact.table
                      + " where "
                      + fact.keyMatch()
                      + " and source_at <= ?")) {
            delete.setObject(fact.bindKey(delete, 1, source, id), at.atOffset(ZoneOffset.UTC));
            return delete.executeUpdate();
          }
        });
  }

  /** Revenue and margin of the 12 and 24 months up to asOf, per currency. */
  public List<RevenueFigures> revenue(String accountId, LocalDate asOf, LifetimeValue clv) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select currency,"
                      + " coalesce(sum(amount) filter (where line_date > ?), 0),"
                      + " coalesce(sum(amount), 0),"
                      + " sum(margin) filter (where line_date > ?), sum(margin)"
                      + " from revenue_fact where account_id = ? and line_date <= ?"
                      + " and line_date > ? group by currency order by currency")) {
            select.setObject(1, asOf.minusMonths(12));
            select.setObject(2, asOf.minusMonths(12));
            select.setString(3, accountId);
            select.setObject(4, asOf);
            select.setObject(5, asOf.minusMonths(24));
            List<RevenueFigures> figures = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                BigDecimal margin12 = row.getBigDecimal(4);
                figures.add(
                    new RevenueFigures(
                        row.getString(1),
                        row.getBigDecimal(2),
                        row.getBigDecimal(3),
                        margin12,
                        row.getBigDecimal(5),
                        clv.of(margin12)));
              }
            }
            return figures;
          }
        });
  }

  /** What an account bought in one currency in the 12 months up to asOf (zero without lines). */
  public BigDecimal spend12Months(String accountId, String currency, LocalDate asOf) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select coalesce(sum(amount), 0) from revenue_fact where account_id = ?"
                      + " and currency = ? and line_date <= ? and line_date > ?")) {
            select.setString(1, accountId);
            select.setString(2, currency);
            select.setObject(3, asOf);
            select.setObject(4, asOf.minusMonths(12));
            try (ResultSet row = select.executeQuery()) {
              row.next();
              return row.getBigDecimal(1);
            }
          }
        });
  }

  /** The account a stored fact refers to, or null when there is no such fact. */
  public String accountOf(Fact fact, String source, String id) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select account_id from " + fact.table + " where " + fact.keyMatch())) {
            fact.bindKey(select, 1, source, id);
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? row.getString(1) : null;
            }
          }
        });
  }

  /**
   * The product lines bought in the 24 months up to asOf: by this account (accountId), or by anyone
   * (null).
   */
  public List<String> productLines(String accountId, LocalDate asOf) {
    return jdbc.run(
        connection ->
            texts(
                connection,
                "select distinct product_line from revenue_fact where product_line is not null"
                    + " and line_date <= ? and line_date > ? and (?::text is null or account_id = ?)"
                    + " order by 1",
                asOf,
                asOf.minusMonths(24),
                accountId,
                accountId));
  }

  /**
   * The latest value of the indicator for the most specific of the regions (listed most specific
   * first), if market data has one.
   */
  public Optional<RegionalGrowth> growth(String indicator, List<String> regions) {
    if (regions.isEmpty()) {
      return Optional.empty();
    }
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select region, period, value from indicator_fact"
                      + " where indicator = ? and region = any(?)"
                      + " order by array_position(?, region), period desc limit 1")) {
            Array wanted = connection.createArrayOf("text", regions.toArray());
            select.setString(1, indicator);
            select.setArray(2, wanted);
            select.setArray(3, wanted);
            try (ResultSet row = select.executeQuery()) {
              return row.next()
                  ? Optional.of(
                      new RegionalGrowth(
                          row.getString(1), indicator, row.getString(2), row.getBigDecimal(3)))
                  : Optional.empty();
            }
          }
        });
  }

  /**
   * The latest value of the indicator in every region that has one, by region ({@code US}, {@code
   * US:10001}).
   */
  public Map<String, RegionalGrowth> latestGrowth(String indicator) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select distinct on (region) region, period, value from indicator_fact"
                      + " where indicator = ? order by region, period desc")) {
            select.setString(1, indicator);
            Map<String, RegionalGrowth> growth = new HashMap<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                growth.put(
                    row.getString(1),
                    new RegionalGrowth(
                        row.getString(1), indicator, row.getString(2), row.getBigDecimal(3)));
              }
            }
            return growth;
          }
        });
  }

  /**
   * Competitor locations per region of a country (every country: null), keyed as regions are: per
   * country ({@code US}) and per postal code ({@code US:10001}). Locations stored before they kept
   * their country are in none.
   */
  public Map<String, Long> competitorsPerRegion(String country) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select country, postal_code, grouping(postal_code) = 1, count(*)"
                      + " from competitor_fact"
                      + " where country is not null and (?::text is null or country = ?)"
                      + " group by grouping sets ((country, postal_code), (country))")) {
            select.setString(1, country);
            select.setString(2, country);
            Map<String, Long> counts = new HashMap<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                if (row.getBoolean(3)) {
                  counts.put(row.getString(1), row.getLong(4));
                } else if (row.getString(2) != null) {
                  counts.put(row.getString(1) + ":" + row.getString(2), row.getLong(4));
                }
              }
            }
            return counts;
          }
        });
  }

  /** How many competitor locations lie in these H3 resolution-6 cells. */
  public int competitorsIn(List<Long> cells) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select count(*) from competitor_fact where h3_r6 = any(?)")) {
            select.setArray(1, connection.createArrayOf("bigint", cells.toArray()));
            try (ResultSet row = select.executeQuery()) {
              row.next();
              return row.getInt(1);
            }
          }
        });
  }

  /** The H3 resolution-6 cell of a stored competitor location, or null when none is stored. */
  public Long competitorCell(String source, String id) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select h3_r6 from competitor_fact where " + Fact.COMPETITOR.keyMatch())) {
            Fact.COMPETITOR.bindKey(select, 1, source, id);
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? row.getLong(1) : null;
            }
          }
        });
  }

  /**
   * The deals closed up to a day, of one account (null: every account), grouped ({@link
   * WinLoss.Grouping}) by what segmentation stores of their account; a deal whose account it has
   * not segmented falls in the group with a null key.
   */
  public List<WinLoss> winLoss(String accountId, WinLoss.Grouping grouping, LocalDate asOf) {
    String key =
        switch (grouping) {
          case ALL -> "null::text";
          case SECTOR -> "s.sector";
          case COUNTRY -> "s.country";
          case SEGMENT -> "s.segment";
        };
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select "
                      + key
                      + ", o.loss_reason, count(*) filter (where o.closed),"
                      + " count(*) filter (where o.won),"
                      + " count(*) filter (where o.closed and not o.won),"
                      + " sum(o.close_date - o.created_date) filter (where o.won),"
                      + " count(o.created_date) filter (where o.won)"
                      + " from opportunity_fact o left join account_segment s"
                      + " on s.account_id = o.account_id"
                      + " where o.close_date <= ? and (?::text is null or o.account_id = ?)"
                      + " group by 1, 2")) {
            select.setObject(1, asOf);
            select.setString(2, accountId);
            select.setString(3, accountId);
            Map<String, WinLossTally> groups =
                new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                groups
                    .computeIfAbsent(row.getString(1), k -> new WinLossTally())
                    .add(
                        row.getString(2),
                        row.getLong(3),
                        row.getLong(4),
                        row.getLong(5),
                        row.getLong(6),
                        row.getLong(7));
              }
            }
            return groups.entrySet().stream()
                .map(group -> group.getValue().result(group.getKey()))
                .toList();
          }
        });
  }

  /** Adds up one group's rows, one per loss reason. */
  private static final class WinLossTally {
    private long closed;
    private long won;
    private long cycleDays;
    private long cycles;
    private final Map<String, Long> lossReasons = new TreeMap<>();

    void add(String reason, long closed, long won, long lost, long cycleDays, long cycles) {
      this.closed += closed;
      this.won += won;
      this.cycleDays += cycleDays;
      this.cycles += cycles;
      if (lost > 0) {
        lossReasons.merge(reason == null ? WinLoss.NO_REASON : reason, lost, Long::sum);
      }
    }

    WinLoss result(String key) {
      return new WinLoss(
          key,
          closed,
          won,
          closed == 0 ? null : won / (double) closed,
          cycles == 0 ? null : cycleDays / (double) cycles,
          lossReasons);
    }
  }

  /** The amounts of open opportunities, per currency. */
  public Map<String, BigDecimal> openPipeline(String accountId) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select currency, coalesce(sum(amount), 0) from opportunity_fact"
                      + " where account_id = ? and not closed group by currency order by 1")) {
            select.setString(1, accountId);
            Map<String, BigDecimal> pipeline = new LinkedHashMap<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                pipeline.put(row.getString(1), row.getBigDecimal(2));
              }
            }
            return pipeline;
          }
        });
  }

  /** Activities per type in the days up to asOf. */
  public Map<String, Long> activities(String accountId, LocalDate asOf, int days) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select activity_type, count(*) from activity_fact where account_id = ?"
                      + " and activity_date <= ? and activity_date > ? group by 1 order by 1")) {
            select.setString(1, accountId);
            select.setObject(2, asOf);
            select.setObject(3, asOf.minusDays(days));
            Map<String, Long> counts = new LinkedHashMap<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                counts.put(row.getString(1), row.getLong(2));
              }
            }
            return counts;
          }
        });
  }

  /**
   * Hands every firmographic count of a country (all countries: null) to the visitor, streamed, so
   * memory stays flat however many postal codes and industries the market data holds.
   */
  public void firmographics(String country, Consumer<FirmographicCount> visitor) {
    jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select country, postal_code, naics, companies, employees, revenue, currency,"
                      + " latitude, longitude from market_fact where (?::text is null or country = ?)"
                      + " order by country, postal_code, naics")) {
            select.setFetchSize(FETCH_SIZE);
            select.setString(1, country);
            select.setString(2, country);
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                visitor.accept(
                    new FirmographicCount(
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getInt(4),
                        row.getObject(5, Long.class),
                        row.getBigDecimal(6),
                        row.getString(7),
                        row.getObject(8, Double.class),
                        row.getObject(9, Double.class)));
              }
            }
            return null;
          }
        });
  }

  /** Leads and conversions per lead source, over all leads. */
  public List<LeadConversion> leadConversion() {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select coalesce(lead_source, ''), count(*), count(*) filter (where converted)"
                      + " from lead_fact group by 1 order by 1")) {
            List<LeadConversion> rates = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                rates.add(LeadConversion.of(row.getString(1), row.getLong(2), row.getLong(3)));
              }
            }
            return rates;
          }
        });
  }

  private static List<String> texts(Connection connection, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      List<String> texts = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          texts.add(row.getString(1));
        }
      }
      return texts;
    }
  }
}
