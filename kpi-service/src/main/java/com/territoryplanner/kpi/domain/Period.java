package com.territoryplanner.kpi.domain;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * How figures are bucketed in time, by each opportunity's close date (expected close date for open
 * ones). {@link #RANGE} is one bucket for the whole requested range.
 */
public enum Period {
  MONTH,
  QUARTER,
  YEAR,
  RANGE;

  /** The first day of the bucket that holds {@code date}; {@code from} for a range. */
  public LocalDate startOf(LocalDate date, LocalDate from) {
    return switch (this) {
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER -> date.withDayOfMonth(1).withMonth((quarterOf(date) - 1) * 3 + 1);
      case YEAR -> date.withDayOfYear(1);
      case RANGE -> from;
    };
  }

  /** The bucket's last day; {@code to} for a range. */
  public LocalDate endOf(LocalDate start, LocalDate to) {
    return switch (this) {
      case MONTH -> start.plusMonths(1).minusDays(1);
      case QUARTER -> start.plusMonths(3).minusDays(1);
      case YEAR -> start.plusYears(1).minusDays(1);
      case RANGE -> to;
    };
  }

  /** The bucket's name: {@code 2026-03}, {@code 2026-Q1}, {@code 2026}, or the range's dates. */
  public String label(LocalDate start, LocalDate to) {
    return switch (this) {
      case MONTH -> start.toString().substring(0, 7);
      case QUARTER -> start.getYear() + "-Q" + quarterOf(start);
      case YEAR -> Integer.toString(start.getYear());
      case RANGE -> start + ".." + to;
    };
  }

  private static int quarterOf(LocalDate date) {
    return date.get(IsoFields.QUARTER_OF_YEAR);
  }
}
