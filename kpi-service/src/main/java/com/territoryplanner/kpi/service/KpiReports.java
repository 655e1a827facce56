package com.territoryplanner.kpi.service;

import com.territoryplanner.kpi.config.KpiConfig;
import com.territoryplanner.kpi.domain.AcquisitionTotals;
import com.territoryplanner.kpi.domain.ActivityTotals;
import com.territoryplanner.kpi.domain.KpiGroup;
import com.territoryplanner.kpi.domain.KpiSeries;
import com.territoryplanner.kpi.domain.KpiSeries.Row;
import com.territoryplanner.kpi.domain.LeadTotals;
import com.territoryplanner.kpi.domain.OpportunityKpis;
import com.territoryplanner.kpi.domain.Penetration;
import com.territoryplanner.kpi.domain.Period;
import com.territoryplanner.kpi.domain.RevenueTotals;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The figures dashboards read: published bookings, and time series of opportunity, revenue,
 * activity, lead and acquisition KPIs by group and period, and penetration.
 */
@ApplicationScoped
public class KpiReports {

  /** The longest range one request may cover, so that a series stays a few thousand rows. */
  private static final int MAX_YEARS = 10;

  private static final Set<GroupBy> ACCOUNT_GROUPS =
      EnumSet.of(GroupBy.TERRITORY, GroupBy.REP, GroupBy.SEGMENT, GroupBy.COMPANY);

  /**
   * What a series request asks for, checked: every fault is reported at once.
   *
   * @param groupBy what rows are grouped by
   * @param period how they are bucketed in time
   */
  public record SeriesQuery(
      String groupBy,
      String period,
      String from,
      String to,
      String currency,
      String territoryId,
      String repId,
      String segment) {}

  private record Checked(GroupBy groupBy, Period period, Filter filter) {}

  private final RollupRepository rollups;
  private final KpiFigures figures;
  private final KpiConfig config;

  KpiReports(RollupRepository rollups, KpiFigures figures, KpiConfig config) {
    this.rollups = rollups;
    this.figures = figures;
    this.config = config;
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

  /** Opportunity KPIs over opportunities whose close date is in the range. */
  @Transactional
  public List<Row<OpportunityKpis>> opportunities(SeriesQuery query) {
    Checked checked = check(query, ACCOUNT_GROUPS);
    return named(
        checked,
        KpiSeries.fold(
            figures.opportunities(checked.groupBy(), checked.filter()),
            checked.period(),
            checked.filter().from(),
            checked.filter().to()));
  }

  /** Revenue KPIs over revenue lines dated in the range. */
  @Transactional
  public List<Row<RevenueTotals.Kpis>> revenue(SeriesQuery query) {
    Checked checked = check(query, ACCOUNT_GROUPS);
    return named(
        checked,
        fold(
            checked,
            figures.revenue(checked.groupBy(), checked.filter(), config.crediting()),
            RevenueTotals::plus,
            RevenueTotals::kpis));
  }

  /** Activity counts over activities dated in the range. */
  @Transactional
  public List<Row<ActivityTotals>> activities(SeriesQuery query) {
    Checked checked = check(query, ACCOUNT_GROUPS);
    return named(
        checked,
        fold(
            checked,
            figures.activities(checked.groupBy(), checked.filter(), config.crediting()),
            ActivityTotals::plus,
            Function.identity()));
  }

  /** Lead flow over leads created in the range. */
  @Transactional
  public List<Row<LeadTotals.Kpis>> leads(SeriesQuery query) {
    Checked checked = check(query, EnumSet.allOf(GroupBy.class));
    return named(
        checked,
        fold(
            checked,
            figures.leads(checked.groupBy(), checked.filter(), config.crediting()),
            LeadTotals::plus,
            LeadTotals::kpis));
  }

  /** The company's customer acquisition cost per period and currency. */
  @Transactional
  public List<Row<AcquisitionTotals.Kpis>> acquisition(SeriesQuery query) {
    Checked checked = check(query, EnumSet.of(GroupBy.COMPANY));
    return fold(
        checked,
        figures.acquisition(checked.filter()),
        AcquisitionTotals::plus,
        AcquisitionTotals::kpis);
  }

  /** Penetration of each group's accounts today, in one currency. */
  @Transactional
  public List<Penetration> penetration(String groupBy, String currency) {
    List<Violation> violations = new ArrayList<>();
    GroupBy grouping = choice(groupBy, GroupBy.COMPANY, ACCOUNT_GROUPS, violations);
    if (currency == null || currency.isBlank()) {
      violations.add(Violation.field("currency", "is required: potential is in one currency"));
    }
    if (!violations.isEmpty()) {
      throw ApiProblem.invalid("The penetration query has invalid parameters", violations);
    }
    List<Penetration> rows = figures.penetration(grouping, currency.trim());
    if (grouping != GroupBy.TERRITORY) {
      return rows;
    }
    Map<UUID, String> names = namesOf(rows.stream().map(Penetration::group));
    return rows.stream().map(row -> row.named(names.get(row.group().territoryId()))).toList();
  }

  private static <T, K> List<Row<K>> fold(
      Checked checked,
      List<KpiSeries.Monthly<T>> months,
      BinaryOperator<T> plus,
      Function<T, K> kpis) {
    return KpiSeries.fold(
        months, checked.period(), checked.filter().from(), checked.filter().to(), plus, kpis);
  }

  private Checked check(SeriesQuery query, Set<GroupBy> groupings) {
    List<Violation> violations = new ArrayList<>();
    GroupBy grouping = choice(query.groupBy(), GroupBy.COMPANY, groupings, violations);
    Period bucket = choice(Period.class, "period", query.period(), Period.QUARTER, violations);
    LocalDate thisYear = LocalDate.now(ZoneOffset.UTC).withDayOfYear(1);
    LocalDate start = parse("from", query.from(), LocalDate::parse, thisYear, violations);
    LocalDate end =
        parse("to", query.to(), LocalDate::parse, thisYear.plusYears(1).minusDays(1), violations);
    UUID territory = parse("territoryId", query.territoryId(), UUID::fromString, null, violations);
    UUID rep = parse("repId", query.repId(), UUID::fromString, null, violations);
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
    return new Checked(
        grouping,
        bucket,
        new Filter(
            start,
            end,
            blankToNull(query.currency()),
            territory,
            rep,
            blankToNull(query.segment())));
  }

  private <K> List<Row<K>> named(Checked checked, List<Row<K>> rows) {
    if (checked.groupBy() != GroupBy.TERRITORY) {
      return rows;
    }
    Map<UUID, String> names = namesOf(rows.stream().map(Row::group));
    return rows.stream().map(row -> row.named(names.get(row.group().territoryId()))).toList();
  }

  private Map<UUID, String> namesOf(Stream<KpiGroup> groups) {
    return figures.territoryNames(
        groups.map(KpiGroup::territoryId).filter(Objects::nonNull).distinct().toList());
  }

  /**
   * groupBy is spelled in lower case with dashes: territory, rep, segment, lead-source, company.
   */
  private static GroupBy choice(
      String value, GroupBy fallback, Set<GroupBy> allowed, List<Violation> violations) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    for (GroupBy groupBy : allowed) {
      if (spelled(groupBy).equals(value.trim().toLowerCase(Locale.ROOT))) {
        return groupBy;
      }
    }
    violations.add(
        Violation.field(
            "groupBy",
            "'"
                + value
                + "' is not supported here; supported: "
                + allowed.stream().map(KpiReports::spelled).collect(Collectors.joining(", "))));
    return fallback;
  }

  private static String spelled(GroupBy groupBy) {
    return groupBy.name().toLowerCase(Locale.ROOT).replace('_', '-');
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
