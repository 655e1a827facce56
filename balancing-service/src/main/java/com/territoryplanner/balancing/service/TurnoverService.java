package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.domain.DepartureRequest;
import com.territoryplanner.balancing.domain.DepartureView;
import com.territoryplanner.balancing.domain.OwnerView;
import com.territoryplanner.balancing.domain.PlanStatus;
import com.territoryplanner.balancing.engine.BasicUnit;
import com.territoryplanner.balancing.engine.DesignInput;
import com.territoryplanner.balancing.engine.Territory;
import com.territoryplanner.balancing.engine.TerritoryPlan;
import com.territoryplanner.balancing.engine.design.VacancyHandover;
import com.territoryplanner.balancing.repository.Assignments;
import com.territoryplanner.balancing.repository.PlanEntity;
import com.territoryplanner.balancing.repository.SolveJobEntity;
import com.territoryplanner.balancing.repository.TerritoryEntity;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reps leaving a plan: the territories bordering the leaver's take its units over and no other
 * territory changes (see {@link VacancyHandover}). Works on drafts and on the active plan, whose
 * changed owners are announced with cause DEPARTURE in the same transaction.
 */
@ApplicationScoped
public class TurnoverService {

  private final PlanProblems problems;
  private final Assignments assignments;
  private final OwnerChanges changes;

  TurnoverService(PlanProblems problems, Assignments assignments, OwnerChanges changes) {
    this.problems = problems;
    this.assignments = assignments;
    this.changes = changes;
  }

  @Transactional
  public DepartureView depart(UUID planId, DepartureRequest request) {
    PlanEntity plan = PlanService.lock(planId);
    if (plan.status == PlanStatus.ARCHIVED) {
      throw ApiProblem.conflict(
          "plan-archived", "Plan " + planId + " is archived; a departure changes a live plan");
    }
    if (SolveJobEntity.latestOf(planId).filter(job -> job.status.running()).isPresent()) {
      throw ApiProblem.conflict("plan-solving", "Plan " + planId + " is being solved");
    }
    if (!assignments.hasAssignments(planId)) {
      throw ApiProblem.conflict("plan-not-solved", "Plan " + planId + " has no stored solution");
    }
    TerritoryEntity leaving =
        TerritoryEntity.<TerritoryEntity>find("planId = ?1 and repId = ?2", planId, request.repId())
            .firstResultOptional()
            .orElseThrow(
                () ->
                    ApiProblem.invalid(
                        "The departure is invalid",
                        List.of(Violation.field("repId", "has no territory in this plan"))));
    if (TerritoryEntity.count("planId", planId) < 2) {
      throw ApiProblem.conflict(
          "last-territory", "The rep holds the plan's only territory; no one could take it over");
    }
    Map<String, OwnerView> before =
        plan.status == PlanStatus.ACTIVE ? assignments.ownersIn(planId) : Map.of();

    TerritoryPlan problem = problems.of(plan);
    problem.setDesignTimeLimit(Duration.ofSeconds(request.secondsOrDefault()));
    Map<String, UUID> stored = assignments.territoryByUnit(planId);
    Map<UUID, Territory> territories = new HashMap<>();
    problem.getTerritories().forEach(t -> territories.put(UUID.fromString(t.getId()), t));
    for (BasicUnit unit : problem.getUnits()) {
      UUID territoryId = stored.get(unit.getId());
      unit.setTerritory(territoryId == null ? null : territories.get(territoryId));
    }
    Territory vacant = territories.get(leaving.id);
    List<BasicUnit> vacated =
        problem.getUnits().stream().filter(u -> u.getTerritory() == vacant).toList();
    DesignInput input = DesignInput.of(problem);
    int[] current =
        input.located().stream()
            .mapToInt(u -> u.getTerritory() == null ? -1 : u.getTerritory().getIndex())
            .toArray();
    VacancyHandover.Handover handover;
    try {
      handover =
          VacancyHandover.handOver(
              input.graph(),
              input.spec(),
              current,
              vacant.getIndex(),
              request.maxTradedShareOrDefault());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.conflict(
          "no-neighbour", "No territory borders the leaving rep's territory to take it over");
    }
    List<Territory> receivers =
        Arrays.stream(handover.receivers()).mapToObj(problem.getTerritories()::get).toList();
    Map<String, UUID> moves = new HashMap<>();
    for (int u = 0; u < current.length; u++) {
      if (handover.territoryOf()[u] != current[u]) {
        BasicUnit unit = input.located().get(u);
        unit.setTerritory(problem.getTerritories().get(handover.territoryOf()[u]));
        moves.put(unit.getId(), UUID.fromString(unit.getTerritory().getId()));
      }
    }
    Figures figures = new Figures(problem);
    // What the map does not place (named accounts, units without a location, units the planning
    // copy no longer knows) goes to the receiver with the least potential for its capacity.
    for (BasicUnit unit : vacated) {
      if (unit.getTerritory() == vacant) {
        Territory taker = figures.lightest(receivers, unit.getRequiredSkill());
        unit.setTerritory(taker);
        figures.add(unit, taker);
        moves.put(unit.getId(), UUID.fromString(taker.getId()));
      }
    }
    stored.forEach(
        (unitId, territoryId) -> {
          if (territoryId.equals(leaving.id) && !moves.containsKey(unitId)) {
            moves.put(unitId, UUID.fromString(figures.lightest(receivers, null).getId()));
          }
        });
    assignments.moveUnits(planId, moves);
    leaving.delete();
    TerritoryEntity.flush();
    figures.store(problem, vacant);
    int announced =
        plan.status == PlanStatus.ACTIVE
            ? changes.announceDifferences(
                before, assignments.ownersIn(planId).values(), OwnerChanges.DEPARTURE)
            : 0;
    return view(plan, request, leaving, receivers, vacated, figures, announced);
  }

  private static DepartureView view(
      PlanEntity plan,
      DepartureRequest request,
      TerritoryEntity leaving,
      List<Territory> receivers,
      List<BasicUnit> vacated,
      Figures figures,
      int announced) {
    int n = figures.potential.length;
    long[] taken = new long[n];
    int[] unitsTaken = new int[n];
    int[] accountsTaken = new int[n];
    for (BasicUnit unit : vacated) {
      int t = unit.getTerritory().getIndex();
      taken[t] += unit.getPotential();
      unitsTaken[t]++;
      accountsTaken[t] += unit.getAccountCount();
    }
    double together = 0;
    double capacity = 0;
    for (Territory t : receivers) {
      together += figures.potential[t.getIndex()];
      capacity += t.getCapacity();
    }
    List<DepartureView.Receiver> views = new ArrayList<>();
    double worst = 0;
    for (Territory t : receivers) {
      TerritoryEntity entity = TerritoryEntity.findById(UUID.fromString(t.getId()));
      double evenShare = together * t.getCapacity() / capacity;
      double share = evenShare > 0 ? figures.potential[t.getIndex()] / evenShare : 1;
      worst = Math.max(worst, Math.abs(share - 1));
      views.add(
          new DepartureView.Receiver(
              entity.id,
              entity.name,
              entity.repId,
              unitsTaken[t.getIndex()],
              accountsTaken[t.getIndex()],
              taken[t.getIndex()],
              figures.potential[t.getIndex()],
              figures.accounts[t.getIndex()],
              Math.round(share * 10_000) / 10_000.0));
    }
    return new DepartureView(
        plan.id,
        request.repId(),
        leaving.id,
        leaving.name,
        views,
        worst,
        worst <= plan.balanceTolerance,
        figures.planMaxDeviation,
        announced);
  }

  /** Each territory's potential, accounts and units as units are assigned. */
  private static final class Figures {
    final long[] potential;
    final int[] accounts;
    final int[] units;
    double planMaxDeviation;

    Figures(TerritoryPlan problem) {
      int n = problem.getTerritories().size();
      potential = new long[n];
      accounts = new int[n];
      units = new int[n];
      for (BasicUnit unit : problem.getUnits()) {
        if (unit.getTerritory() != null) {
          add(unit, unit.getTerritory());
        }
      }
    }

    void add(BasicUnit unit, Territory territory) {
      potential[territory.getIndex()] += unit.getPotential();
      accounts[territory.getIndex()] += unit.getAccountCount();
      units[territory.getIndex()]++;
    }

    /** The receiver with the least potential for its capacity, among those with the skill. */
    Territory lightest(List<Territory> receivers, String skill) {
      List<Territory> able =
          skill == null ? receivers : receivers.stream().filter(t -> t.hasSkill(skill)).toList();
      return (able.isEmpty() ? receivers : able)
          .stream()
              .min(
                  (a, b) ->
                      Double.compare(
                          potential[a.getIndex()] / a.getCapacity(),
                          potential[b.getIndex()] / b.getCapacity()))
              .orElseThrow();
    }

    /**
     * Stores the remaining territories' figures, each target being its capacity's share of the
     * plan's potential, and remembers the largest deviation from them.
     */
    void store(TerritoryPlan problem, Territory vacant) {
      double total = Arrays.stream(potential).sum();
      double capacity =
          problem.getTerritories().stream()
              .filter(t -> t != vacant)
              .mapToDouble(Territory::getCapacity)
              .sum();
      for (Territory t : problem.getTerritories()) {
        if (t == vacant) {
          continue;
        }
        int i = t.getIndex();
        double target = total * t.getCapacity() / capacity;
        planMaxDeviation =
            Math.max(planMaxDeviation, target > 0 ? Math.abs(potential[i] / target - 1) : 0);
        TerritoryEntity entity = TerritoryEntity.findById(UUID.fromString(t.getId()));
        entity.potential = BigDecimal.valueOf(potential[i]);
        entity.targetPotential = BigDecimal.valueOf(Math.round(target));
        entity.accountCount = accounts[i];
        entity.unitCount = units[i];
      }
    }
  }
}
