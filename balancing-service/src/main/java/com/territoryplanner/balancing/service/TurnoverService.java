package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.domain.DepartureRequest;
import com.territoryplanner.balancing.domain.JoinRequest;
import com.territoryplanner.balancing.domain.OwnerView;
import com.territoryplanner.balancing.domain.PlanStatus;
import com.territoryplanner.balancing.domain.TurnoverView;
import com.territoryplanner.balancing.engine.BasicUnit;
import com.territoryplanner.balancing.engine.DesignInput;
import com.territoryplanner.balancing.engine.Territory;
import com.territoryplanner.balancing.engine.TerritoryPlan;
import com.territoryplanner.balancing.engine.UnitAdjacency;
import com.territoryplanner.balancing.engine.design.TerritoryCarving;
import com.territoryplanner.balancing.engine.design.VacancyHandover;
import com.territoryplanner.balancing.repository.Assignments;
import com.territoryplanner.balancing.repository.PlanEntity;
import com.territoryplanner.balancing.repository.RepEntity;
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
import java.util.function.ToIntFunction;

/**
 * Reps leaving and joining a plan, changing only the territories around them: a leaver's neighbours
 * take the territory over ({@link VacancyHandover}); a newcomer's territory is carved from the
 * territories around their home base ({@link TerritoryCarving}). Works on drafts and on the active
 * plan, whose changed owners are announced (cause DEPARTURE or JOIN) in the same transaction.
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
  public TurnoverView depart(UUID planId, DepartureRequest request, Long expectedVersion) {
    PlanEntity plan = changeablePlan(planId, expectedVersion);
    TerritoryEntity leaving =
        TerritoryEntity.<TerritoryEntity>find("planId = ?1 and repId = ?2", planId, request.repId())
            .firstResultOptional()
            .orElseThrow(() -> invalidRep("has no territory in this plan"));
    if (TerritoryEntity.count("planId", planId) < 2) {
      throw ApiProblem.conflict(
          "last-territory", "The rep holds the plan's only territory; no one could take it over");
    }
    Situation situation = situation(plan, request.secondsOrDefault());
    Territory vacant = situation.territory(leaving.id);
    VacancyHandover.Handover handover;
    try {
      handover =
          VacancyHandover.handOver(
              situation.input.graph(),
              situation.input.spec(),
              situation.current,
              vacant.getIndex(),
              request.maxTradedShareOrDefault());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.conflict(
          "no-neighbour", "No territory borders the leaving rep's territory to take it over");
    }
    List<Territory> receivers = situation.territories(handover.receivers());
    List<Move> moves = situation.apply(handover.territoryOf());
    Figures figures = new Figures(situation.problem);
    // What the map does not place (named accounts, units without a location) goes to the
    // receiver with the least potential for its capacity (one with the skill it needs, if any).
    for (BasicUnit unit : situation.problem.getUnits()) {
      if (unit.getTerritory() == vacant) {
        Territory taker = figures.lightest(receivers, unit.getRequiredSkill());
        figures.move(unit, vacant, taker);
        unit.setTerritory(taker);
        moves.add(new Move(unit, vacant, taker));
      }
    }
    Map<String, UUID> stored = new HashMap<>(situation.moved(moves));
    // units the planning copy no longer knows still have rows; they follow too
    situation.stored.forEach(
        (unitId, territoryId) -> {
          if (territoryId.equals(leaving.id) && !stored.containsKey(unitId)) {
            stored.put(unitId, UUID.fromString(figures.lightest(receivers, null).getId()));
          }
        });
    assignments.moveUnits(planId, stored);
    leaving.delete();
    // what the leaving rep covered goes back to its own reps, announced with the departure
    TerritoryEntity.<TerritoryEntity>list(
            "planId = ?1 and coveringRepId = ?2", planId, request.repId())
        .forEach(TerritoryEntity::endCoverage);
    TerritoryEntity.flush();
    figures.store(situation.problem, vacant);
    int announced = announce(situation, OwnerChanges.DEPARTURE);
    return view(
        situation,
        request.repId(),
        leaving,
        "DEPARTURE",
        receivers,
        null,
        moves.stream().filter(move -> move.from() == vacant).toList(),
        move -> move.to().getIndex(),
        accountsIn(moves),
        figures,
        announced);
  }

  @Transactional
  public TurnoverView join(UUID planId, JoinRequest request, Long expectedVersion) {
    PlanEntity plan = changeablePlan(planId, expectedVersion);
    RepEntity rep =
        RepEntity.<RepEntity>findByIdOptional(request.repId())
            .orElseThrow(() -> invalidRep("does not exist"));
    if (!rep.status.canHoldTerritory()) {
      throw invalidRep("is inactive");
    }
    if (TerritoryEntity.count("planId = ?1 and repId = ?2", planId, rep.id) > 0) {
      throw invalidRep("has a territory in this plan already");
    }
    TerritoryEntity territory = new TerritoryEntity();
    territory.id = UUID.randomUUID();
    territory.planId = planId;
    territory.repId = rep.id;
    territory.name = rep.name;
    territory.persist();
    TerritoryEntity.flush();
    Situation situation = situation(plan, request.secondsOrDefault());
    Territory joined = situation.territory(territory.id);
    TerritoryCarving.Carving carving;
    try {
      carving =
          TerritoryCarving.carve(
              situation.input.graph(),
              situation.input.spec(),
              situation.current,
              joined.getIndex(),
              UnitAdjacency.ACCOUNTS,
              request.maxChangedShareOrDefault());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.conflict("nothing-to-carve", "The plan has no territory to carve from");
    }
    List<Move> moves = situation.apply(carving.territoryOf());
    assignments.moveUnits(planId, situation.moved(moves));
    Figures figures = new Figures(situation.problem);
    figures.store(situation.problem, null);
    int announced = announce(situation, OwnerChanges.JOIN);
    return view(
        situation,
        rep.id,
        territory,
        "JOIN",
        situation.territories(carving.donors()),
        joined,
        moves.stream().filter(move -> move.to() == joined).toList(),
        move -> move.from().getIndex(),
        accountsIn(moves),
        figures,
        announced);
  }

  /** The plan, locked for a turnover change: not archived and not being solved. */
  static PlanEntity changeablePlan(UUID planId, Long expectedVersion) {
    PlanEntity plan = PlanService.lock(planId, expectedVersion);
    if (plan.status == PlanStatus.ARCHIVED) {
      throw ApiProblem.conflict(
          "plan-archived", "Plan " + planId + " is archived; turnover changes a live plan");
    }
    if (SolveJobEntity.latestOf(planId).filter(job -> job.status.running()).isPresent()) {
      throw ApiProblem.conflict("plan-solving", "Plan " + planId + " is being solved");
    }
    return plan;
  }

  private static ApiProblem invalidRep(String reason) {
    return ApiProblem.invalid(
        "The turnover request is invalid", List.of(Violation.field("repId", reason)));
  }

  /** The plan as stored: its problem with every unit in its stored territory, and the owners. */
  private Situation situation(PlanEntity plan, int seconds) {
    if (!assignments.hasAssignments(plan.id)) {
      throw ApiProblem.conflict("plan-not-solved", "Plan " + plan.id + " has no stored solution");
    }
    Map<String, OwnerView> before =
        plan.status == PlanStatus.ACTIVE ? assignments.ownersIn(plan.id) : Map.of();
    TerritoryPlan problem = problems.of(plan);
    problem.setDesignTimeLimit(Duration.ofSeconds(seconds));
    Map<String, UUID> stored = assignments.territoryByUnit(plan.id);
    Map<UUID, Territory> territories = new HashMap<>();
    problem.getTerritories().forEach(t -> territories.put(UUID.fromString(t.getId()), t));
    for (BasicUnit unit : problem.getUnits()) {
      UUID territoryId = stored.get(unit.getId());
      unit.setTerritory(territoryId == null ? null : territories.get(territoryId));
    }
    DesignInput input = DesignInput.of(problem);
    int[] current =
        input.located().stream()
            .mapToInt(u -> u.getTerritory() == null ? -1 : u.getTerritory().getIndex())
            .toArray();
    return new Situation(plan, before, problem, stored, territories, input, current);
  }

  private int announce(Situation situation, String cause) {
    return situation.plan.status == PlanStatus.ACTIVE
        ? changes.announceDifferences(
            situation.before, assignments.ownersIn(situation.plan.id).values(), cause)
        : 0;
  }

  /**
   * The turnover's outcome; {@code moves} are those between the turnover's territory and its
   * neighbours, and {@code side} says which end of one is the neighbour (the taker on a departure,
   * the giver on a join).
   */
  private static TurnoverView view(
      Situation situation,
      UUID repId,
      TerritoryEntity territory,
      String change,
      List<Territory> neighbours,
      Territory joined,
      List<Move> moves,
      ToIntFunction<Move> side,
      int accountsChanged,
      Figures figures,
      int announced) {
    int n = figures.potential.length;
    int[] units = new int[n];
    int[] accounts = new int[n];
    long[] potential = new long[n];
    for (Move move : moves) {
      int t = side.applyAsInt(move);
      units[t]++;
      accounts[t] += move.unit().getAccountCount();
      potential[t] += move.unit().getPotential();
    }
    List<Territory> area = new ArrayList<>(neighbours);
    if (joined != null) {
      area.add(joined);
    }
    double together = 0;
    double capacity = 0;
    for (Territory t : area) {
      together += figures.potential[t.getIndex()];
      capacity += t.getCapacity();
    }
    double worst = 0;
    List<TurnoverView.Neighbour> views = new ArrayList<>();
    TurnoverView.Neighbour joinedView = null;
    for (Territory t : area) {
      int i = t.getIndex();
      double evenShare = together * t.getCapacity() / capacity;
      double share = evenShare > 0 ? figures.potential[i] / evenShare : 1;
      worst = Math.max(worst, Math.abs(share - 1));
      TerritoryEntity entity = TerritoryEntity.findById(UUID.fromString(t.getId()));
      boolean isJoined = t == joined;
      TurnoverView.Neighbour view =
          new TurnoverView.Neighbour(
              entity.id,
              entity.name,
              entity.repId,
              isJoined ? moves.size() : units[i],
              isJoined ? Arrays.stream(accounts).sum() : accounts[i],
              isJoined ? Arrays.stream(potential).sum() : potential[i],
              figures.potential[i],
              figures.accounts[i],
              Math.round(share * 10_000) / 10_000.0);
      if (isJoined) {
        joinedView = view;
      } else {
        views.add(view);
      }
    }
    return new TurnoverView(
        situation.plan.id,
        repId,
        territory.id,
        territory.name,
        change,
        views,
        joinedView,
        worst,
        worst <= situation.plan.balanceTolerance,
        figures.planMaxDeviation,
        accountsChanged,
        announced);
  }

  private static int accountsIn(List<Move> moves) {
    return moves.stream().mapToInt(move -> move.unit().getAccountCount()).sum();
  }

  /** A unit that changed territory. */
  private record Move(BasicUnit unit, Territory from, Territory to) {}

  /** A plan as stored, ready for the engine: located units' territories by index. */
  private record Situation(
      PlanEntity plan,
      Map<String, OwnerView> before,
      TerritoryPlan problem,
      Map<String, UUID> stored,
      Map<UUID, Territory> territories,
      DesignInput input,
      int[] current) {

    Territory territory(UUID id) {
      return territories.get(id);
    }

    List<Territory> territories(int[] indexes) {
      return Arrays.stream(indexes).mapToObj(problem.getTerritories()::get).toList();
    }

    /** Puts the located units where the engine put them; answers the units that moved. */
    List<Move> apply(int[] territoryOf) {
      List<Move> moves = new ArrayList<>();
      for (int u = 0; u < current.length; u++) {
        if (territoryOf[u] != current[u]) {
          BasicUnit unit = input.located().get(u);
          Territory to = problem.getTerritories().get(territoryOf[u]);
          moves.add(new Move(unit, unit.getTerritory(), to));
          unit.setTerritory(to);
        }
      }
      return moves;
    }

    /** The moves as the stored solution records them: territory by unit id. */
    Map<String, UUID> moved(List<Move> moves) {
      Map<String, UUID> moved = new HashMap<>();
      moves.forEach(move -> moved.put(move.unit().getId(), UUID.fromString(move.to().getId())));
      return moved;
    }
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
          add(unit, unit.getTerritory(), 1);
        }
      }
    }

    void move(BasicUnit unit, Territory from, Territory to) {
      add(unit, from, -1);
      add(unit, to, 1);
    }

    private void add(BasicUnit unit, Territory territory, int sign) {
      potential[territory.getIndex()] += sign * unit.getPotential();
      accounts[territory.getIndex()] += sign * unit.getAccountCount();
      units[territory.getIndex()] += sign;
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
     * Stores the figures of the plan's territories but {@code removed}, each target being its
     * capacity's share of the plan's potential, and remembers the largest deviation from them.
     */
    void store(TerritoryPlan problem, Territory removed) {
      double total = Arrays.stream(potential).sum();
      double capacity =
          problem.getTerritories().stream()
              .filter(t -> t != removed)
              .mapToDouble(Territory::getCapacity)
              .sum();
      for (Territory t : problem.getTerritories()) {
        if (t == removed) {
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
