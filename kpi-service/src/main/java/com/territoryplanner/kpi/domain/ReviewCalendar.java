package com.territoryplanner.kpi.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The standing reviews of a plan year: a check-in after each of the first three quarters and a deep
 * dive when the year ends, as sales organisations review territories.
 */
public final class ReviewCalendar {

  /** One review on the calendar. */
  public record Entry(ReviewKind kind, String title, LocalDate due) {}

  private ReviewCalendar() {}

  /** The reviews of the plan year that starts on {@code start}. */
  public static List<Entry> yearFrom(LocalDate start) {
    return List.of(
        new Entry(ReviewKind.QUARTERLY_CHECK_IN, "Q1 check-in", start.plusMonths(3)),
        new Entry(ReviewKind.QUARTERLY_CHECK_IN, "Q2 check-in", start.plusMonths(6)),
        new Entry(ReviewKind.QUARTERLY_CHECK_IN, "Q3 check-in", start.plusMonths(9)),
        new Entry(ReviewKind.ANNUAL_DEEP_DIVE, "Annual deep dive", start.plusYears(1)));
  }
}
