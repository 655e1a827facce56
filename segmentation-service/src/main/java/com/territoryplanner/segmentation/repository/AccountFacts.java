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
import java.util.stream.Stream;

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

    private String keyColumns() {
      return bySource ? "source, id" : "id";
    }

    /** The condition that finds one row by its key; its parameters are {@link #key}'s. */
    private String keyMatch() {
      return bySource ? "id = ? and source = ?" : "id = ?";
    }

    /** The parameters of {@link #keyMatch}, then any others. */
    private Object[] key(String source, String id, Object... others) {
      Stream<Object> key = bySource ? Stream.of(id, source) : Stream.of(id);
      return Stream.concat(key, Stream.of(others)).toArray();
    }
  }

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
            + fact.keyColumns()
            + ") do update set "
            + updates
            + ", source_at = excluded.source_at where "
            + fact.table
            + ".source_at <= excluded.source_at";
    List<Object> parameters = new ArrayList<>(row.values());
    parameters.add(at.atOffset(ZoneOffset.UTC));
    jdbc.update(sql, parameters.toArray());
  }

  /** Deletes a fact, unless the stored row came from a newer event. */
  public void delete(Fact fact, String source, String id, Instant at) {
    jdbc.update(
        "delete from " + fact.table + " where " + fact.keyMatch() + " and source_at <= ?",
        fact.key(source, id, at.atOffset(ZoneOffset.UTC)));
  }

  /** Revenue and margin of the 12 and 24 months up to asOf, per currency. */
  public List<RevenueFigures> revenue(String accountId, LocalDate asOf, LifetimeValue clv) {
    return jdbc.list(
        "select currency,"
            + " coalesce(sum(amount) filter (where line_date > ?), 0),"
            + " coalesce(sum(amount), 0),"
            + " sum(margin) filter (where line_date > ?), sum(margin)"
            + " from revenue_fact where account_id = ? and line_date <= ?"
            + " and line_date > ? group by currency order by currency",
        row -> {
          BigDecimal margin12 = row.getBigDecimal(4);
          return new RevenueFigures(
              row.getString(1),
              row.getBigDecimal(2),
              row.getBigDecimal(3),
              margin12,
              row.getBigDecimal(5),
              clv.of(margin12));
        },
        asOf.minusMonths(12),
        asOf.minusMonths(12),
        accountId,
        asOf,
        asOf.minusMonths(24));
  }

  /** What an account bought in one currency in the 12 months up to asOf (zero without lines). */
  public BigDecimal spend12Months(String accountId, String currency, LocalDate asOf) {
    return jdbc.first(
            "select coalesce(sum(amount), 0) from revenue_fact where account_id = ?"
                + " and currency = ? and line_date <= ? and line_date > ?",
            row -> row.getBigDecimal(1),
            accountId,
            currency,
            asOf,
            asOf.minusMonths(12))
        .orElseThrow();
  }

  /** The account a stored fact refers to, or null when there is no such fact. */
  public String accountOf(Fact fact, String source, String id) {
    return jdbc.first(
            "select account_id from " + fact.table + " where " + fact.keyMatch(),
            row -> row.getString(1),
            fact.key(source, id))
        .orElse(null);
  }

  /** The accounts that the stored revenue lines of these keys (source and id alike) refer to. */
  public List<String> revenueAccountsOf(List<String> sources, List<String> ids) {
    return jdbc.list(
        "select distinct f.account_id from revenue_fact f"
            + " join unnest(?::text[], ?::text[]) as k(source, id)"
            + " on f.id = k.id and f.source = k.source",
        row -> row.getString(1),
        JdbcWork.array("text", sources),
        JdbcWork.array("text", ids));
  }

  /**
   * The product lines bought in the 24 months up to asOf: by this account (accountId), or by anyone
   * (null).
   */
  public List<String> productLines(String accountId, LocalDate asOf) {
    return jdbc.list(
        "select distinct product_line from revenue_fact where product_line is not null"
            + " and line_date <= ? and line_date > ? and (?::text is null or account_id = ?)"
            + " order by 1",
        row -> row.getString(1),
        asOf,
        asOf.minusMonths(24),
        accountId,
        accountId);
  }

  /**
   * The latest value of the indicator for the most specific of the regions (listed most specific
   * first), if market data has one.
   */
  public Optional<RegionalGrowth> growth(String indicator, List<String> regions) {
    if (regions.isEmpty()) {
      return Optional.empty();
    }
    return jdbc.first(
        "select region, period, value from indicator_fact"
            + " where indicator = ? and region = any(?)"
            + " order by array_position(?, region), period desc limit 1",
        row -> growthOf(row, indicator),
        indicator,
        JdbcWork.array("text", regions),
        JdbcWork.array("text", regions));
  }

  /**
   * The latest value of the indicator in every region that has one, by region ({@code US}, {@code
   * US:10001}).
   */
  public Map<String, RegionalGrowth> latestGrowth(String indicator) {
    Map<String, RegionalGrowth> growth = new HashMap<>();
    jdbc.query(
        "select distinct on (region) region, period, value from indicator_fact"
            + " where indicator = ? order by region, period desc",
        row -> growth.put(row.getString(1), growthOf(row, indicator)),
        indicator);
    return growth;
  }

  private static RegionalGrowth growthOf(ResultSet row, String indicator) throws SQLException {
    return new RegionalGrowth(row.getString(1), indicator, row.getString(2), row.getBigDecimal(3));
  }

  /**
   * Competitor locations per region of a country (every country: null), keyed as regions are: per
   * country ({@code US}) and per postal code ({@code US:10001}). Locations stored before they kept
   * their country are in none.
   */
  public Map<String, Long> competitorsPerRegion(String country) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.query(
        "select country, postal_code, grouping(postal_code) = 1, count(*)"
            + " from competitor_fact"
            + " where country is not null and (?::text is null or country = ?)"
            + " group by grouping sets ((country, postal_code), (country))",
        row -> {
          if (row.getBoolean(3)) {
            counts.put(row.getString(1), row.getLong(4));
          } else if (row.getString(2) != null) {
            counts.put(row.getString(1) + ":" + row.getString(2), row.getLong(4));
          }
        },
        country,
        country);
    return counts;
  }

  /** How many competitor locations lie in these H3 resolution-6 cells. */
  public int competitorsIn(List<Long> cells) {
    return jdbc.first(
            "select count(*) from competitor_fact where h3_r6 = any(?)",
            row -> row.getInt(1),
            JdbcWork.array("bigint", cells))
        .orElseThrow();
  }

  /** The H3 resolution-6 cell of a stored competitor location, or null when none is stored. */
  public Long competitorCell(String source, String id) {
    return jdbc.first(
            "select h3_r6 from competitor_fact where " + Fact.COMPETITOR.keyMatch(),
            row -> row.getLong(1),
            Fact.COMPETITOR.key(source, id))
        .orElse(null);
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
    Map<String, WinLossTally> groups =
        new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
    jdbc.query(
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
            + " group by 1, 2",
        row ->
            groups
                .computeIfAbsent(row.getString(1), k -> new WinLossTally())
                .add(
                    row.getString(2),
                    row.getLong(3),
                    row.getLong(4),
                    row.getLong(5),
                    row.getLong(6),
                    row.getLong(7)),
        asOf,
        accountId,
        accountId);
    return groups.entrySet().stream()
        .map(group -> group.getValue().result(group.getKey()))
        .toList();
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
    Map<String, BigDecimal> pipeline = new LinkedHashMap<>();
    jdbc.query(
        "select currency, coalesce(sum(amount), 0) from opportunity_fact"
            + " where account_id = ? and not closed group by currency order by 1",
        row -> pipeline.put(row.getString(1), row.getBigDecimal(2)),
        accountId);
    return pipeline;
  }

  /** Activities per type in the days up to asOf. */
  public Map<String, Long> activities(String accountId, LocalDate asOf, int days) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.query(
        "select activity_type, count(*) from activity_fact where account_id = ?"
            + " and activity_date <= ? and activity_date > ? group by 1 order by 1",
        row -> counts.put(row.getString(1), row.getLong(2)),
        accountId,
        asOf,
        asOf.minusDays(days));
    return counts;
  }

  /**
   * Hands every firmographic count of a country (all countries: null) to the visitor, streamed, so
   * memory stays flat however many postal codes and industries the market data holds.
   */
  public void firmographics(String country, Consumer<FirmographicCount> visitor) {
    jdbc.query(
        "select country, postal_code, naics, companies, employees, revenue, currency,"
            + " latitude, longitude from market_fact where (?::text is null or country = ?)"
            + " order by country, postal_code, naics",
        row ->
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
                    row.getObject(9, Double.class))),
        country,
        country);
  }

  /** Leads and conversions per lead source, over all leads. */
  public List<LeadConversion> leadConversion() {
    return jdbc.list(
        "select coalesce(lead_source, ''), count(*), count(*) filter (where converted)"
            + " from lead_fact group by 1 order by 1",
        row -> LeadConversion.of(row.getString(1), row.getLong(2), row.getLong(3)));
  }
}
