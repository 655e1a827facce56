package com.territoryplanner.kpi.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Quota against bookings per territory and period of a quota year, and the plan's total. Attainment
 * = bookings / quota; it is absent where the quota is zero.
 */
public final class QuotaAttainment {

  /** One territory (or the whole plan, with no territory) in one period. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Row(
      UUID territoryId,
      String territoryName,
      String period,
      LocalDate periodStart,
      LocalDate periodEnd,
      String currency,
      BigDecimal quota,
      BigDecimal bookings,
      Double attainment) {}

  private QuotaAttainment() {}

  /**
   * @param bookings closed-won bookings in the quota's currency per territory, by month (January
   *     first); a territory without bookings may be absent
   * @param period month, quarter or year
   */
  public static List<Row> rows(
      QuotaPlan plan, Map<UUID, List<BigDecimal>> bookings, Period period) {
    if (period == Period.RANGE) {
      throw new IllegalArgumentException("a quota year is read by month, quarter or year");
    }
    List<BigDecimal> zero = Collections.nCopies(12, BigDecimal.ZERO);
    List<BigDecimal> totalQuota = new ArrayList<>(zero);
    List<BigDecimal> totalBookings = new ArrayList<>(zero);
    List<Row> rows = new ArrayList<>();
    for (TerritoryQuota territory : plan.territories()) {
      List<BigDecimal> booked = bookings.getOrDefault(territory.territoryId(), zero);
      add(totalQuota, territory.months());
      add(totalBookings, booked);
      rows.addAll(
          periods(
              territory.territoryId(),
              territory.territoryName(),
              plan,
              territory.months(),
              booked,
              period));
    }
    rows.addAll(periods(null, null, plan, totalQuota, totalBookings, period));
    return rows;
  }

  private static List<Row> periods(
      UUID territoryId,
      String name,
      QuotaPlan plan,
      List<BigDecimal> quota,
      List<BigDecimal> booked,
      Period period) {
    LocalDate yearStart = LocalDate.of(plan.year(), 1, 1);
    LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
    List<Row> rows = new ArrayList<>();
    int month = 0;
    while (month < 12) {
      LocalDate start = period.startOf(yearStart.plusMonths(month), yearStart);
      LocalDate end = period.endOf(start, yearEnd);
      BigDecimal periodQuota = BigDecimal.ZERO;
      BigDecimal periodBookings = BigDecimal.ZERO;
      for (; month < 12 && !yearStart.plusMonths(month).isAfter(end); month++) {
        periodQuota = periodQuota.add(quota.get(month));
        periodBookings = periodBookings.add(booked.get(month));
      }
      rows.add(
          new Row(
              territoryId,
              name,
              period.label(start, yearEnd),
              start,
              end,
              plan.currency(),
              periodQuota,
              periodBookings,
              periodQuota.signum() == 0
                  ? null
                  : periodBookings.divide(periodQuota, 4, RoundingMode.HALF_UP).doubleValue()));
    }
    return rows;
  }

  private static void add(List<BigDecimal> sums, List<BigDecimal> values) {
    for (int i = 0; i < 12; i++) {
      sums.set(i, sums.get(i).add(values.get(i)));
    }
  }
}
