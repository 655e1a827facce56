package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.domain.RouteRequest;
import com.territoryplanner.balancing.domain.RouteRequest.AccountVisit;
import com.territoryplanner.balancing.domain.RouteView;
import com.territoryplanner.balancing.engine.route.DaySchedule;
import com.territoryplanner.balancing.engine.route.RouteDay;
import com.territoryplanner.balancing.engine.route.RoutePlan;
import com.territoryplanner.balancing.engine.route.RoutePlanner;
import com.territoryplanner.balancing.engine.route.TravelModel;
import com.territoryplanner.balancing.engine.route.Visit;
import com.territoryplanner.balancing.engine.route.VisitValue;
import com.territoryplanner.balancing.repository.PlanEntity;
import com.territoryplanner.balancing.repository.RepEntity;
import com.territoryplanner.balancing.repository.SalesActivity;
import com.territoryplanner.balancing.repository.SalesActivity.TerritoryAccount;
import com.territoryplanner.balancing.repository.TerritoryEntity;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Routes for a rep: which accounts of the rep's territory to visit over a day or a week and in
 * which order, from the home base and back. Candidates are the territory's located accounts, the
 * most valuable first ({@link VisitValue}), plus every account the request names; the route itself
 * is solved by {@link RoutePlanner} outside any transaction.
 */
@ApplicationScoped
public class RouteService {

  private static final int LEFT_OUT_SHOWN = 20;

  private final SalesActivity salesActivity;

  RouteService(SalesActivity salesActivity) {
    this.salesActivity = salesActivity;
  }

  /** What a route is planned from, read in one transaction. */
  public record RouteInput(
      RepEntity rep, UUID planId, UUID territoryId, List<TerritoryAccount> accounts) {}

  @Transactional
  public RouteInput input(UUID repId, UUID planId) {
    RepEntity rep =
        RepEntity.<RepEntity>findByIdOptional(repId)
            .orElseThrow(() -> ApiProblem.notFound("Rep", repId));
    PlanEntity plan =
        planId == null
            ? PlanEntity.active()
                .orElseThrow(
                    () ->
                        ApiProblem.conflict(
                            "no-active-plan",
                            "No plan is active; name the plan to route by with planId"))
            : PlanEntity.<PlanEntity>findByIdOptional(planId)
                .orElseThrow(() -> ApiProblem.notFound("Plan", planId));
    TerritoryEntity territory =
        TerritoryEntity.<TerritoryEntity>find("planId = ?1 and repId = ?2", plan.id, repId)
            .firstResultOptional()
            .orElseThrow(
                () ->
                    ApiProblem.conflict(
                        "no-territory", "The rep holds no territory in plan " + plan.id));
    return new RouteInput(
        rep, plan.id, territory.id, salesActivity.accountsOf(plan.id, territory.id));
  }

  public RouteView route(UUID repId, RouteRequest request) {
    validate(request);
    RouteInput input = input(repId, request.planId());
    VisitValue valuation =
        new VisitValue(
            request.potentialWeightOrDefault(),
            request.recencyWeightOrDefault(),
            request.opportunityWeightOrDefault(),
            request.revisitDaysOrDefault());
    Map<String, AccountVisit> named = named(request, input.accounts());
    List<TerritoryAccount> located =
        input.accounts().stream()
            .filter(a -> a.latitude() != null && a.longitude() != null)
            .toList();
    double highestPotential =
        located.stream().mapToDouble(TerritoryAccount::potential).max().orElse(0);
    Map<String, RouteView.Candidate> candidates = new HashMap<>();
    for (TerritoryAccount account : located) {
      candidates.put(
          account.id(), candidate(account, highestPotential, valuation, request.start()));
    }
    List<TerritoryAccount> chosen =
        located.stream()
            .sorted(
                Comparator.comparing((TerritoryAccount a) -> !named.containsKey(a.id()))
                    .thenComparing(a -> -candidates.get(a.id()).value())
                    .thenComparing(TerritoryAccount::id))
            .limit(Math.max(request.maxCandidatesOrDefault(), named.size()))
            .toList();

    RoutePlan solved =
        RoutePlanner.solve(
            new RoutePlan(
                workingDays(input.rep(), request),
                chosen.stream()
                    .map(a -> visit(a, candidates.get(a.id()).value(), named.get(a.id()), request))
                    .toList()),
            Duration.ofSeconds(request.secondsOrDefault()));
    return view(input, request, solved, candidates, chosen.size());
  }

  private static void validate(RouteRequest request) {
    List<Violation> errors = new ArrayList<>();
    if (!request.dayEndOrDefault().isAfter(request.dayStartOrDefault())) {
      errors.add(Violation.field("dayEnd", "must be after dayStart"));
    }
    List<AccountVisit> accounts = request.accountsOrEmpty();
    for (int i = 0; i < accounts.size(); i++) {
      AccountVisit visit = accounts.get(i);
      if (visit.from() != null && visit.to() != null && visit.to().isBefore(visit.from())) {
        errors.add(Violation.field("accounts[" + i + "].to", "must not be before from"));
      }
    }
    if (!errors.isEmpty()) {
      throw ApiProblem.invalid("The route request is invalid", errors);
    }
  }

  /** The accounts the request names, each of which must be a located account of the territory. */
  private static Map<String, AccountVisit> named(
      RouteRequest request, List<TerritoryAccount> accounts) {
    Map<String, TerritoryAccount> byId = new HashMap<>();
    accounts.forEach(account -> byId.put(account.id(), account));
    Map<String, AccountVisit> named = new HashMap<>();
    List<Violation> errors = new ArrayList<>();
    List<AccountVisit> visits = request.accountsOrEmpty();
    for (int i = 0; i < visits.size(); i++) {
      AccountVisit visit = visits.get(i);
      TerritoryAccount account = byId.get(visit.accountId());
      String field = "accounts[" + i + "].accountId";
      if (account == null) {
        errors.add(Violation.field(field, "is not an account of the rep's territory"));
      } else if (account.latitude() == null || account.longitude() == null) {
        errors.add(Violation.field(field, "has no location to drive to"));
      } else if (named.put(visit.accountId(), visit) != null) {
        errors.add(Violation.field(field, "is named twice"));
      }
    }
    if (!errors.isEmpty()) {
      throw ApiProblem.invalid("The route request is invalid", errors);
    }
    return named;
  }

  private static RouteView.Candidate candidate(
      TerritoryAccount account, double highestPotential, VisitValue valuation, LocalDate asOf) {
    Integer daysSince =
        account.lastVisit() == null
            ? null
            : (int) Math.max(0, ChronoUnit.DAYS.between(account.lastVisit(), asOf));
    VisitValue.Parts parts =
        valuation.of(account.potential(), highestPotential, daysSince, account.openOpportunities());
    return new RouteView.Candidate(
        account.id(),
        account.name(),
        account.potential(),
        daysSince,
        account.openOpportunities(),
        parts.total(),
        hundredths(parts.potential()),
        hundredths(parts.recency()),
        hundredths(parts.openOpportunities()));
  }

  private static Visit visit(
      TerritoryAccount account, long value, AccountVisit named, RouteRequest request) {
    Integer minutes = named == null ? null : named.minutes();
    LocalTime from = named == null ? null : named.from();
    LocalTime to = named == null ? null : named.to();
    return new Visit(
        account.id(),
        account.latitude(),
        account.longitude(),
        minutes == null ? request.visitMinutesOrDefault() : minutes,
        from == null ? 0 : minuteOfDay(from),
        to == null ? 24 * 60 : minuteOfDay(to),
        value);
  }

  private static List<RouteDay> workingDays(RepEntity rep, RouteRequest request) {
    TravelModel travel =
        new TravelModel(request.speedKmhOrDefault(), request.roadFactorOrDefault());
    List<RouteDay> days = new ArrayList<>();
    for (int d = 0; d < request.daysOrDefault(); d++) {
      days.add(
          new RouteDay(
              request.start().plusDays(d),
              rep.homeLatitude,
              rep.homeLongitude,
              minuteOfDay(request.dayStartOrDefault()),
              minuteOfDay(request.dayEndOrDefault()),
              travel));
    }
    return days;
  }

  private static RouteView view(
      RouteInput input,
      RouteRequest request,
      RoutePlan solved,
      Map<String, RouteView.Candidate> candidates,
      int candidateCount) {
    List<RouteView.Day> days = new ArrayList<>();
    double windshield = 0;
    double km = 0;
    long valueVisited = 0;
    int visits = 0;
    for (RouteDay day : solved.workingDays()) {
      DaySchedule schedule = day.schedule();
      LocalDateTime midnight = day.getDate().atStartOfDay();
      List<RouteView.Stop> stops = new ArrayList<>();
      int visitMinutes = 0;
      for (DaySchedule.Stop stop : schedule.stops()) {
        stops.add(
            new RouteView.Stop(
                candidates.get(stop.visit().accountId()),
                at(midnight, stop.arrival()),
                at(midnight, stop.start()),
                at(midnight, stop.end()),
                rounded(stop.driveMinutes()),
                rounded(stop.driveKm())));
        visitMinutes += stop.visit().minutes();
        valueVisited += stop.visit().value();
      }
      days.add(
          new RouteView.Day(
              day.getDate(),
              at(midnight, day.getStartMinute()),
              at(midnight, stops.isEmpty() ? day.getStartMinute() : schedule.homeArrival()),
              rounded(schedule.driveMinutes()),
              rounded(schedule.driveKm()),
              visitMinutes,
              List.copyOf(stops)));
      windshield += schedule.driveMinutes();
      km += schedule.driveKm();
      visits += stops.size();
    }
    List<Visit> unvisited =
        solved.unvisited().stream()
            .sorted(
                Comparator.comparingLong(Visit::value).reversed().thenComparing(Visit::accountId))
            .toList();
    return new RouteView(
        input.rep().id,
        input.planId(),
        input.territoryId(),
        List.copyOf(days),
        visits,
        rounded(windshield),
        rounded(km),
        valueVisited,
        unvisited.stream().mapToLong(Visit::value).sum(),
        candidateCount,
        input.accounts().size(),
        input.accounts().size() - candidates.size(),
        solved.getScore().isFeasible(),
        solved.getScore().toString(),
        unvisited.stream()
            .limit(LEFT_OUT_SHOWN)
            .map(visit -> candidates.get(visit.accountId()))
            .toList());
  }

  private static int minuteOfDay(LocalTime time) {
    return time.getHour() * 60 + time.getMinute();
  }

  private static LocalDateTime at(LocalDateTime midnight, double minutes) {
    return midnight.plusSeconds(Math.round(minutes * 60)).truncatedTo(ChronoUnit.MINUTES);
  }

  private static double rounded(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static double hundredths(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
