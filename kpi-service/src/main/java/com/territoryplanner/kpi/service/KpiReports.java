package com.territoryplanner.kpi.service;

import com.territoryplanner.kpi.domain.KpiSeries;
import com.territoryplanner.kpi.domain.Period;
import com.territoryplanner.kpi.domain.TerritoryBookings;
import com.territoryplanner.kpi.repository.KpiFigures;
import com.territoryplanner.kpi.repository.KpiFigures.Filter;
import com.territoryplanner.kpi.repository.KpiFigures.GroupBy;
import com.territoryplanner.kpi.repository.RollupRepository;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The figures dashboards read: published bookings, and opportunity KPIs by group and period. */
@ApplicationScoped
public class KpiReports {

  /** The longest range one request may cover, so that a series stays a few thousand rows. */
  private static final int MAX_YEARS = 10;

  private final RollupRepository rollups;
  private final KpiFigures figures;

  KpiReports(RollupRepository rollups, KpiFigures figures) {
    this.rollups = rollups;
    this.figures = figures;
  }

  /** The bookings per territory and currency, as last published. */
  public List<TerritoryBookings> bookings(String groupBy) {
    if (!"territory".equals(groupBy)) {
      throw ApiProblem.invalid(
          "groupBy must be 'territory'",
          List.of(
              Violation.field(
                  "groupBy",
                  groupBy == null
                      ? "is required; supported: territory"
                      : "'" + groupBy + "' is not supported; supported: territory")));
    }
    return rollups.allRollups();
  }

  /**
   * Opportunity KPIs of each group in each period and currency, over opportunities whose close date
   * is in {@code [from, to]} (default: this calendar year).
   */
  @Transactional
  public List<KpiSeries.Row> opportunities(
      String groupBy,
      String period,
      String from,
      String to,
      String currency,
      String territoryId,
      String repId,
      String segment) {
    List<Violation> violations = new ArrayList<>();
    GroupBy grouping = choice(GroupBy.class, "groupBy", groupBy, GroupBy.COMPANY, violations);
    Period bucket = choice(Period.class, "period", period, Period.QUARTER, violations);
    LocalDate thisYear = LocalDate.now(ZoneOffset.UTC).withDayOfYear(1);
    LocalDate start = parse("from", from, LocalDate::parse, thisYear, violations);
    LocalDate end =
        parse("to", to, LocalDate::parse, thisYear.plusYears(1).minusDays(1), violations);
    UUID territory = parse("territoryId", territoryId, UUID::fromString, null, violations);
    UUID rep = parse("repId", repId, UUID::fromString, null, violations);
    if (start != null && end != null) {
      if (end.isBefore(start)) {
        violations.add(Violation.field("to", "is before from (" + start + ")"));
      } else if (end.isAfter(start.plusYears(MAX_YEARS))) {
        violations.add(Violation.field("to", "is more than " + MAX_YEARS + " years after from"));
      }
    }
    if (!violations.isEmpty()) {
      throw ApiProblem.invalid("The KPI query has invalid parameters", violations);
    }
    List<KpiSeries.Row> rows =
        KpiSeries.fold(
            figures.monthly(
                grouping,
                new Filter(
                    start, end, blankToNull(currency), territory, rep, blankToNull(segment))),
            bucket,
            start,
            end);
    return grouping == GroupBy.TERRITORY ? named(rows) : rows;
  }

  private List<KpiSeries.Row> named(List<KpiSeries.Row> rows) {
    Map<UUID, String> names =
        figures.territoryNames(
            rows.stream()
                .map(row -> row.group().territoryId())
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    return rows.stream()
        .map(
            row ->
                new KpiSeries.Row(
                    row.group().named(names.get(row.group().territoryId())),
                    row.period(),
                    row.periodStart(),
                    row.periodEnd(),
                    row.currency(),
                    row.kpis()))
        .toList();
  }

  private static <E extends Enum<E>> E choice(
      Class<E> type, String field, String value, E fallback, List<Violation> violations) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      violations.add(
          Violation.field(
              field,
              "'"
                  + value
                  + "' is not supported; supported: "
                  + Arrays.stream(type.getEnumConstants())
                      .map(c -> c.name().toLowerCase(Locale.ROOT))
                      .collect(Collectors.joining(", "))));
      return fallback;
    }
  }

  private static <T> T parse(
      String field,
      String value,
      Function<String, T> parser,
      T fallback,
      List<Violation> violations) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return parser.apply(value.trim());
    } catch (IllegalArgumentException | DateTimeParseException e) {
      violations.add(Violation.field(field, "'" + value + "' is not valid"));
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
