package com.territoryplanner.balancing.engine.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutePlannerTest {

  private static final TravelModel TRAVEL = new TravelModel(60, 1);
  private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

  @Test
  void visitsAlongALineAreDrivenOutAndBackWithoutDetours() {
    // home at 0; visits east at 0.1 .. 0.4 degrees: the shortest route goes out and comes back
    List<Visit> visits = new ArrayList<>();
    for (int i = 4; i >= 1; i--) {
      visits.add(new Visit("east-" + i, 0, 0.1 * i, 20, 0, 24 * 60, 10));
    }
    RoutePlan solved = solve(List.of(day(MONDAY, 8 * 60, 17 * 60)), visits);

    RouteDay monday = solved.workingDays().get(0);
    List<String> order = monday.getVisits().stream().map(Visit::accountId).toList();
    assertThat(order)
        .isIn(
            List.of("east-1", "east-2", "east-3", "east-4"),
            List.of("east-4", "east-3", "east-2", "east-1"));
    assertThat(monday.schedule().driveKm()).isCloseTo(2 * 0.4 * 111.195, within(0.1));
    assertThat(solved.getScore().isFeasible()).isTrue();
  }

  @Test
  void whenNotEverythingFitsTheMostValuableVisitsAreMade() {
    // a 3-hour day fits two 60-minute visits next door, not three
    List<Visit> visits =
        List.of(
            new Visit("low", 0, 0.01, 60, 0, 24 * 60, 5),
            new Visit("high", 0, 0.02, 60, 0, 24 * 60, 50),
            new Visit("mid", 0, -0.01, 60, 0, 24 * 60, 20));
    RoutePlan solved = solve(List.of(day(MONDAY, 8 * 60, 11 * 60)), visits);

    assertThat(solved.workingDays().get(0).getVisits())
        .extracting(Visit::accountId)
        .containsExactlyInAnyOrder("high", "mid");
    assertThat(solved.unvisited()).extracting(Visit::accountId).containsExactly("low");
    assertThat(solved.getScore().isFeasible()).isTrue();
  }

  @Test
  void timeWindowsDecideTheOrder() {
    // "far" is on the way out but only receives visitors after 10:00; "near" closes at 09:00
    Visit near = new Visit("near", 0, 0.1, 30, 0, 9 * 60, 10);
    Visit far = new Visit("far", 0, 0.2, 30, 10 * 60, 12 * 60, 10);
    RoutePlan solved = solve(List.of(day(MONDAY, 8 * 60, 17 * 60)), List.of(far, near));

    DaySchedule schedule = solved.workingDays().get(0).schedule();
    assertThat(schedule.stops())
        .extracting(stop -> stop.visit().accountId())
        .containsExactly("near", "far");
    assertThat(schedule.stops().get(1).start()).isEqualTo(10 * 60);
    assertThat(schedule.lateMinutes()).isZero();
  }

  @Test
  void aWeekSpreadsTheVisitsOverItsDays() {
    // ten 2-hour visits, each day fits at most four of them
    List<Visit> visits = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      visits.add(new Visit("v" + i, 0.01 * i, 0.01, 120, 0, 24 * 60, 10));
    }
    List<RouteDay> days = new ArrayList<>();
    for (int d = 0; d < 3; d++) {
      days.add(day(MONDAY.plusDays(d), 8 * 60, 17 * 60));
    }
    RoutePlan solved = solve(days, visits);

    assertThat(solved.unvisited()).isEmpty();
    assertThat(solved.workingDays()).allSatisfy(d -> assertThat(d.getVisits()).hasSizeLessThan(5));
    assertThat(solved.getScore().isFeasible()).isTrue();
  }

  private static RoutePlan solve(List<RouteDay> days, List<Visit> visits) {
    return RoutePlanner.solve(new RoutePlan(days, visits), Duration.ofSeconds(2));
  }

  private static RouteDay day(LocalDate date, int start, int end) {
    return new RouteDay(date, 0, 0, start, end, TRAVEL);
  }
}
