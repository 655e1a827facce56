package com.territoryplanner.balancing.engine.route;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The first route: again and again, the visit worth the most per minute it adds (its drive detour
 * and its own time) goes where it adds the fewest minutes, on a day it still fits in; the rest
 * stays in the pool. Local search starts from here, so it begins with a full and sensible week
 * rather than with whatever order the visits came in.
 */
public class ValueDensityInsertion implements CustomPhaseCommand<RoutePlan> {

  private static final String VISITS = "visits";

  @Override
  public void changeWorkingSolution(ScoreDirector<RoutePlan> scoreDirector) {
    RoutePlan plan = scoreDirector.getWorkingSolution();
    List<RouteDay> days = plan.workingDays();
    List<List<Visit>> routes = new ArrayList<>();
    days.forEach(day -> routes.add(new ArrayList<>()));
    List<Visit> left = new ArrayList<>(plan.getVisits());
    while (insertBest(days, routes, left)) {
      // until nothing more fits
    }
    for (int d = 0; d < days.size(); d++) {
      assign(scoreDirector, days.get(d), routes.get(d));
    }
    RouteDay pool =
        plan.getDays().stream().filter(day -> !day.isScheduled()).findFirst().orElseThrow();
    assign(scoreDirector, pool, left);
  }

  private static boolean insertBest(
      List<RouteDay> days, List<List<Visit>> routes, List<Visit> left) {
    double bestDensity = 0;
    int bestVisit = -1;
    int bestDay = -1;
    int bestPosition = -1;
    for (int v = 0; v < left.size(); v++) {
      Visit visit = left.get(v);
      for (int d = 0; d < days.size(); d++) {
        RouteDay day = days.get(d);
        List<Visit> route = routes.get(d);
        for (int p = 0; p <= route.size(); p++) {
          Visit before = p == 0 ? null : route.get(p - 1);
          Visit after = p == route.size() ? null : route.get(p);
          double added =
              day.driveMinutes(before, visit)
                  + day.driveMinutes(visit, after)
                  - day.driveMinutes(before, after)
                  + visit.minutes();
          double density = visit.value() / added;
          if (density > bestDensity && fits(day, route, p, visit)) {
            bestDensity = density;
            bestVisit = v;
            bestDay = d;
            bestPosition = p;
          }
        }
      }
    }
    if (bestVisit < 0) {
      return false;
    }
    routes.get(bestDay).add(bestPosition, left.remove(bestVisit));
    return true;
  }

  private static boolean fits(RouteDay day, List<Visit> route, int position, Visit visit) {
    route.add(position, visit);
    DaySchedule schedule = day.scheduleOf(route);
    route.remove(position);
    return schedule.overtimeMinutes() == 0 && schedule.lateMinutes() == 0;
  }

  /**
   * One element at a time, each change announced before the next: OptaPlanner's index supply takes
   * a single new element per change.
   */
  private static void assign(
      ScoreDirector<RoutePlan> scoreDirector, RouteDay day, List<Visit> visits) {
    for (Visit visit : visits) {
      int index = day.getVisits().size();
      scoreDirector.beforeListVariableElementAssigned(day, VISITS, visit);
      scoreDirector.beforeListVariableChanged(day, VISITS, index, index);
      day.getVisits().add(visit);
      scoreDirector.afterListVariableElementAssigned(day, VISITS, visit);
      scoreDirector.afterListVariableChanged(day, VISITS, index, index + 1);
      scoreDirector.triggerVariableListeners();
    }
  }
}
