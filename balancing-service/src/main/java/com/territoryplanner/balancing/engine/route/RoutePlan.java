package com.territoryplanner.balancing.engine.route;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** A rep's visits over one or more days: which accounts on which day, in which order. */
@PlanningSolution
public class RoutePlan {

  public static final String VISIT_RANGE = "visits";

  @PlanningEntityCollectionProperty private List<RouteDay> days;

  @ProblemFactCollectionProperty
  @ValueRangeProvider(id = VISIT_RANGE)
  private List<Visit> visits;

  @PlanningScore private HardMediumSoftLongScore score;

  public RoutePlan() {
    // for the solver's cloning
  }

  /** The working days and the candidate visits; adds the pool of visits not made. */
  public RoutePlan(List<RouteDay> workingDays, List<Visit> visits) {
    if (workingDays.stream().anyMatch(day -> !day.isScheduled())) {
      throw new IllegalArgumentException("Working days need a date");
    }
    this.days = new ArrayList<>(workingDays);
    this.days.add(RouteDay.unscheduled());
    this.visits = visits;
  }

  public List<RouteDay> getDays() {
    return days;
  }

  /** The days with a date, in the order given. */
  public List<RouteDay> workingDays() {
    return days.stream().filter(RouteDay::isScheduled).toList();
  }

  /** The visits no working day makes. */
  public List<Visit> unvisited() {
    return days.stream()
        .filter(day -> !day.isScheduled())
        .flatMap(day -> day.getVisits().stream())
        .toList();
  }

  public List<Visit> getVisits() {
    return visits;
  }

  public HardMediumSoftLongScore getScore() {
    return score;
  }

  public void setScore(HardMediumSoftLongScore score) {
    this.score = score;
  }
}
