package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.domain.ChangeMeasure;
import com.territoryplanner.balancing.domain.OwnerView;
import com.territoryplanner.balancing.engine.AccountInput;
import com.territoryplanner.balancing.engine.AccountRouting;
import com.territoryplanner.balancing.engine.BalanceTolerance;
import com.territoryplanner.balancing.engine.BasicUnit;
import com.territoryplanner.balancing.engine.ChangeLimit;
import com.territoryplanner.balancing.engine.ProblemBuilder;
import com.territoryplanner.balancing.engine.RepInput;
import com.territoryplanner.balancing.engine.SkillRule;
import com.territoryplanner.balancing.engine.Territory;
import com.territoryplanner.balancing.engine.TerritoryLimits;
import com.territoryplanner.balancing.engine.TerritoryPlan;
import com.territoryplanner.balancing.engine.UnitAdjacency;
import com.territoryplanner.balancing.engine.UnreachableLimits;
import com.territoryplanner.balancing.repository.Assignments;
import com.territoryplanner.balancing.repository.PlanEntity;
import com.territoryplanner.balancing.repository.PlanLockRows;
import com.territoryplanner.balancing.repository.PlanLockRows.StoredLock;
import com.territoryplanner.balancing.repository.RepEntity;
import com.territoryplanner.balancing.repository.TerritoryEntity;
import com.territoryplanner.platform.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A plan's balancing problem from the planning copy and the plan's territories, reps and locks. */
@ApplicationScoped
public class PlanProblems {

  private final PlanningCopyService planningCopy;
  private final Assignments assignments;
  private final PlanLockRows locks;

  PlanProblems(PlanningCopyService planningCopy, Assignments assignments, PlanLockRows locks) {
    this.planningCopy = planningCopy;
    this.assignments = assignments;
    this.locks = locks;
  }

  /** Call inside a transaction. */
  public TerritoryPlan of(PlanEntity plan) {
    List<AccountInput> accounts =
        planningCopy.solverInput(plan.potentialWeights == null ? List.of() : plan.potentialWeights);
    if (accounts.isEmpty()) {
      throw ApiProblem.conflict("nothing-to-plan", "The planning copy holds no accounts yet");
    }
    List<RepInput> repInputs = repsOf(plan);
    List<StoredLock> planLocks = locks.of(plan.id);
    Set<String> lockedAccounts =
        planLocks.stream()
            .map(StoredLock::accountId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    List<SkillRule> specialists = specialistsOf(plan);
    TerritoryPlan problem;
    try {
      problem =
          ProblemBuilder.build(
              accounts,
              repInputs,
              new BalanceTolerance(plan.balanceTolerance, plan.workloadTolerance),
              limitsOf(plan),
              new AccountRouting(specialists, lockedAccounts));
    } catch (UnreachableLimits e) {
      throw ApiProblem.conflict(
          "limits-unreachable",
          "With the accounts as they are, the plan's limits leave a territory no room. "
              + e.getMessage());
    }
    applyLocks(planLocks, problem);
    return problem;
  }

  /** Each territory of the plan as the solver sees its rep, ordered by territory id. */
  static List<RepInput> repsOf(PlanEntity plan) {
    List<TerritoryEntity> territories = TerritoryEntity.list("planId = ?1 order by id", plan.id);
    Map<UUID, RepEntity> reps =
        RepEntity.<RepEntity>list("id in ?1", territories.stream().map(t -> t.repId).toList())
            .stream()
            .collect(Collectors.toMap(r -> r.id, Function.identity()));
    return territories.stream()
        .map(
            t -> {
              RepEntity rep = reps.get(t.repId);
              return new RepInput(
                  t.id.toString(),
                  rep.homeLatitude,
                  rep.homeLongitude,
                  t.capacity == null ? rep.capacity : t.capacity,
                  Set.of(rep.skills));
            })
        .toList();
  }

  static List<SkillRule> specialistsOf(PlanEntity plan) {
    return plan.specialists == null
        ? List.of()
        : plan.specialists.stream()
            .map(r -> new SkillRule(r.sizeTier(), r.naicsPrefix(), r.skill().trim()))
            .toList();
  }

  private static TerritoryLimits limitsOf(PlanEntity plan) {
    return new TerritoryLimits(
        plan.minPotential == null ? 0 : plan.minPotential.longValue(),
        plan.maxPotential == null ? Long.MAX_VALUE : plan.maxPotential.longValue(),
        plan.minAccounts == null ? 0 : plan.minAccounts,
        plan.maxAccounts == null ? Long.MAX_VALUE : plan.maxAccounts);
  }

  /**
   * Locks the units of the plan's locked postal codes and accounts; one gone from the planning copy
   * is moot.
   */
  private static void applyLocks(List<StoredLock> planLocks, TerritoryPlan problem) {
    Map<String, BasicUnit> unitById =
        problem.getUnits().stream().collect(Collectors.toMap(BasicUnit::getId, u -> u));
    Map<String, Territory> territoryById =
        problem.getTerritories().stream().collect(Collectors.toMap(Territory::getId, t -> t));
    for (StoredLock lock : planLocks) {
      String unitId =
          lock.postalCode() != null
              ? ProblemBuilder.unitId(null, lock.postalCode())
              : AccountRouting.namedUnitId(lock.accountId());
      BasicUnit unit = unitById.get(unitId);
      if (unit != null) {
        unit.lockTo(territoryById.get(lock.territoryId().toString()));
      }
    }
  }

  /**
   * Each unit's territory under the active plan, matched by rep (a unit goes with its first
   * account's owner), and how much may change. Call inside a transaction.
   */
  public ChangeLimit changeLimitAgainstActivePlan(
      TerritoryPlan problem, double maxShare, ChangeMeasure measure) {
    PlanEntity active =
        PlanEntity.active()
            .orElseThrow(
                () ->
                    ApiProblem.conflict(
                        "no-active-plan",
                        "A limit on changes compares with the active plan, and no plan is active"));
    Map<String, OwnerView> owners = assignments.ownersIn(active.id);
    Map<UUID, Integer> indexByRep = new HashMap<>();
    for (Territory territory : problem.getTerritories()) {
      TerritoryEntity entity = TerritoryEntity.findById(UUID.fromString(territory.getId()));
      indexByRep.put(entity.repId, territory.getIndex());
    }
    Map<String, Integer> current = new HashMap<>();
    for (BasicUnit unit : problem.getUnits()) {
      unit.getAccountIds().stream()
          .map(owners::get)
          .filter(owner -> owner != null && indexByRep.containsKey(owner.repId()))
          .findFirst()
          .ifPresent(owner -> current.put(unit.getId(), indexByRep.get(owner.repId())));
    }
    int metric =
        switch (measure) {
          case UNITS -> -1;
          case ACCOUNTS -> UnitAdjacency.ACCOUNTS;
          case POTENTIAL -> UnitAdjacency.POTENTIAL;
        };
    return new ChangeLimit(current, metric, maxShare);
  }
}
