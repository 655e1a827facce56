package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.engine.AccountInput;
import com.territoryplanner.balancing.engine.ProblemBuilder;
import com.territoryplanner.balancing.engine.RepInput;
import com.territoryplanner.balancing.engine.TerritoryPlan;
import com.territoryplanner.balancing.repository.PlanEntity;
import com.territoryplanner.balancing.repository.RepEntity;
import com.territoryplanner.balancing.repository.TerritoryEntity;
import com.territoryplanner.platform.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A plan's balancing problem from the planning copy and the plan's territories and reps. */
@ApplicationScoped
public class PlanProblems {

  private final PlanningCopyService planningCopy;

  PlanProblems(PlanningCopyService planningCopy) {
    this.planningCopy = planningCopy;
  }

  /** Call inside a transaction. */
  public TerritoryPlan of(PlanEntity plan) {
    List<AccountInput> accounts = planningCopy.solverInput();
    if (accounts.isEmpty()) {
      throw ApiProblem.conflict("nothing-to-plan", "The planning copy holds no accounts yet");
    }
    List<TerritoryEntity> territories = TerritoryEntity.list("planId = ?1 order by id", plan.id);
    Map<UUID, RepEntity> reps =
        RepEntity.<RepEntity>list("id in ?1", territories.stream().map(t -> t.repId).toList())
            .stream()
            .collect(Collectors.toMap(r -> r.id, Function.identity()));
    List<RepInput> repInputs =
        territories.stream()
            .map(
                t -> {
                  RepEntity rep = reps.get(t.repId);
                  return new RepInput(
                      t.id.toString(), rep.homeLatitude, rep.homeLongitude, rep.capacity);
                })
            .toList();
    return ProblemBuilder.build(accounts, repInputs, plan.balanceTolerance);
  }
}
