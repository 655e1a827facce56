package com.territoryplanner.kpi.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Folds monthly totals into the requested periods and computes their KPIs: months sum exactly into
 * quarters, years and ranges, so one stored shape serves every period and every kind of figure. A
 * range's first and last buckets hold only the range's own days.
 */
public final class KpiSeries {

  /** The totals of one group, calendar month and currency (null where a figure has none). */
  public record Monthly<T>(KpiGroup group, LocalDate month, String currency, T totals) {}

  /** One row of a series: a group's KPIs in one period and currency. */
  public record Row<K>(
      KpiGroup group,
      String period,
      LocalDate periodStart,
      LocalDate periodEnd,
      String currency,
      K kpis) {

    public Row<K> named(String territoryName) {
      return new Row<>(group.named(territoryName), period, periodStart, periodEnd, currency, kpis);
    }
  }

  private KpiSeries() {}

  /**
   * Opportunity KPIs; see {@link #fold(List, Period, LocalDate, LocalDate, BinaryOperator,
   * Function)}.
   */
  public static List<Row<OpportunityKpis>> fold(
      List<Monthly<OpportunityTotals>> months, Period period, LocalDate from, LocalDate to) {
    return fold(months, period, from, to, OpportunityTotals::plus, OpportunityKpis::of);
  }

  /**
   * Rows ordered by group, period and currency; {@code from} and {@code to} bound the range.
   *
   * @param plus adds two months' totals
   * @param kpis the figures of a period's totals
   */
  public static <T, K> List<Row<K>> fold(
      List<Monthly<T>> months,
      Period period,
      LocalDate from,
      LocalDate to,
      BinaryOperator<T> plus,
      Function<T, K> kpis) {
    Map<Key, T> buckets = new TreeMap<>(Key.ORDER);
    for (Monthly<T> month : months) {
      LocalDate start = period.startOf(month.month(), from);
      buckets.merge(new Key(month.group(), start, month.currency()), month.totals(), plus);
    }
    List<Row<K>> rows = new ArrayList<>(buckets.size());
    buckets.forEach(
        (key, totals) -> {
          LocalDate start = key.start().isBefore(from) ? from : key.start();
          LocalDate end = period.endOf(key.start(), to);
          rows.add(
              new Row<>(
                  key.group(),
                  period.label(key.start(), to),
                  start,
                  end.isAfter(to) ? to : end,
                  key.currency(),
                  kpis.apply(totals)));
        });
    return rows;
  }

  private record Key(KpiGroup group, LocalDate start, String currency) {
    static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());
    static final Comparator<Key> ORDER =
        Comparator.<Key, String>comparing(k -> k.group().territoryName(), TEXT)
            .thenComparing(k -> String.valueOf(k.group().territoryId()))
            .thenComparing(k -> String.valueOf(k.group().repId()))
            .thenComparing(k -> k.group().segment(), TEXT)
            .thenComparing(k -> k.group().leadSource(), TEXT)
            .thenComparing(Key::start)
            .thenComparing(Key::currency, TEXT);
  }
}
