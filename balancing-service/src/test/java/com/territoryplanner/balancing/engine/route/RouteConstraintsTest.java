package com.territoryplanner.balancing.engine.route;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class RouteConstraintsTest {

  // 60 km/h on straight roads: one minute per km. Along the equator 0.1 degrees is 11.12 km.
  private static final TravelModel TRAVEL = new TravelModel(60, 1);
  private static final double KM_PER_DEGREE = 111.19508;

  private final ConstraintVerifier<RouteConstraints, RoutePlan> verifier =
      ConstraintVerifier.build(new RouteConstraints(), RoutePlan.class, RouteDay.class);

  @Test
  void aDayThatEndsAtHomeInTimeHasNoOvertime() {
    RouteDay day = day(8 * 60, 10 * 60, visitAt("a", 0.1, 30));
    verifier.verifyThat(RouteConstraints::overtime).given(day).penalizesBy(0);
  }

  @Test
  void overtimeIsTheMinutesHomePastTheDaysEnd() {
    // 08:00 + 11.12 min there + 90 min visit + 11.12 min back = 09:52.2, day ends 09:30
    RouteDay day = day(8 * 60, 9 * 60 + 30, visitAt("a", 0.1, 90));
    verifier.verifyThat(RouteConstraints::overtime).given(day).penalizesBy(23);
  }

  @Test
  void aVisitStartedInsideItsWindowIsNotLate() {
    // arrives 08:11, waits for the window to open at 09:00
    Visit windowed = new Visit("a", 0, 0.1, 30, 9 * 60, 10 * 60, 10);
    RouteDay day = day(8 * 60, 17 * 60, windowed);
    verifier.verifyThat(RouteConstraints::lateStart).given(day).penalizesBy(0);
  }

  @Test
  void lateStartIsTheMinutesPastTheWindow() {
    // a: 08:11.1 to 09:41.1; b is 11.12 km further, arrives 09:52.2, window closed at 09:30
    Visit a = visitAt("a", 0.1, 90);
    Visit b = new Visit("b", 0, 0.2, 30, 8 * 60, 9 * 60 + 30, 10);
    RouteDay day = day(8 * 60, 17 * 60, a, b);
    verifier.verifyThat(RouteConstraints::lateStart).given(day).penalizesBy(23);
  }

  @Test
  void theVisitsNotMadeCostWhatTheyAreWorth() {
    RouteDay made = day(8 * 60, 17 * 60, visitAt("a", 0.1, 30));
    RouteDay pool = RouteDay.unscheduled();
    pool.setVisits(new ArrayList<>(List.of(worth("b", 40), worth("c", 2))));
    verifier.verifyThat(RouteConstraints::valueLeftOut).given(made, pool).penalizesBy(42);
  }

  @Test
  void windshieldTimeIsTheDrivingInSecondsThereAndBack() {
    // out 0.1 degrees, on 0.1 degrees, back 0.2 degrees: 0.4 degrees driven
    RouteDay day = day(8 * 60, 17 * 60, visitAt("a", 0.1, 30), visitAt("b", 0.2, 30));
    long seconds = Math.round(0.4 * KM_PER_DEGREE * 60);
    verifier.verifyThat(RouteConstraints::windshieldTime).given(day).penalizesBy(seconds);
  }

  @Test
  void thePoolIsNeverDriven() {
    RouteDay pool = RouteDay.unscheduled();
    pool.setVisits(new ArrayList<>(List.of(visitAt("a", 3, 30), visitAt("b", -3, 30))));
    verifier.verifyThat(RouteConstraints::windshieldTime).given(pool).penalizesBy(0);
    verifier.verifyThat(RouteConstraints::overtime).given(pool).penalizesBy(0);
  }

  private static RouteDay day(int start, int end, Visit... visits) {
    RouteDay day = new RouteDay(LocalDate.of(2026, 12, 7), 0, 0, start, end, TRAVEL);
    day.setVisits(new ArrayList<>(List.of(visits)));
    return day;
  }

  private static Visit visitAt(String id, double longitude, int minutes) {
    return new Visit(id, 0, longitude, minutes, 0, 24 * 60, 10);
  }

  private static Visit worth(String id, long value) {
    return new Visit(id, 0, 0.1, 30, 0, 24 * 60, value);
  }
}
