package com.territoryplanner.kpi.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds monthly totals into the requested periods and computes their KPIs: months sum exactly into
 * quarters, years and ranges, so one stored shape serves every period. A range's first and last
 * buckets hold only the range's own days.
 */
public final class KpiSeries {

  /** The totals of one group, calendar month and currency. */
  public record MonthlyTotals(
      KpiGroup group, LocalDate month, String currency, OpportunityTotals totals) {}

  /** One row of a series: a group's KPIs in one period and currency. */
  public record Row(
      KpiGroup group,
      String period,
      LocalDate periodStart,
      LocalDate periodEnd,
      String currency,
      OpportunityKpis kpis) {}

  private KpiSeries() {}

  /** Rows ordered by group, period and currency; {@code from} and {@code to} bound the range. */
  public static List<Row> fold(
      List<MonthlyTotals> months, Period period, LocalDate from, LocalDate to) {
    Map<Key, OpportunityTotals> buckets = new TreeMap<>(Key.ORDER);
    for (MonthlyTotals month : months) {
      LocalDate start = period.startOf(month.month(), from);
      buckets.merge(
          new Key(month.group(), start, month.currency()), month.totals(), OpportunityTotals::plus);
    }
    List<Row> rows = new ArrayList<>(buckets.size());
    buckets.forEach(
        (key, totals) -> {
          LocalDate start = key.start().isBefore(from) ? from : key.start();
          LocalDate end = period.endOf(key.start(), to);
          rows.add(
              new Row(
                  key.group(),
                  period.label(key.start(), to),
                  start,
                  end.isAfter(to) ? to : end,
                  key.currency(),
                  OpportunityKpis.of(totals)));
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
            .thenComparing(Key::start)
            .thenComparing(Key::currency);
  }
}
