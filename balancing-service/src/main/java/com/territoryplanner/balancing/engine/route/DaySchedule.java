package com.territoryplanner.balancing.engine.route;

import java.util.List;

/**
 * A day's visits in order with their times (minutes after midnight): the rep leaves home at the
 * day's start, drives to each visit, waits when early for its window, and drives home after the
 * last one. Overtime is how far past the day's end the rep gets home; lateness is how far past
 * their windows visits start.
 */
public record DaySchedule(
    List<Stop> stops,
    double homeArrival,
    double driveKm,
    double driveMinutes,
    double overtimeMinutes,
    double lateMinutes) {

  /** One visit: when the rep arrives, starts and leaves, and the drive that led there. */
  public record Stop(
      Visit visit, double arrival, double start, double end, double driveKm, double driveMinutes) {}

  static final DaySchedule EMPTY = new DaySchedule(List.of(), 0, 0, 0, 0, 0);
}
