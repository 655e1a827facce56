package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.domain.PlanLocks;
import com.territoryplanner.balancing.domain.PlanStatus;
import com.territoryplanner.balancing.domain.UnitLock;
import com.territoryplanner.balancing.engine.ProblemBuilder;
import com.territoryplanner.balancing.repository.PlanEntity;
import com.territoryplanner.balancing.repository.PlanLockRows;
import com.territoryplanner.balancing.repository.TerritoryEntity;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Postal codes a planner locks to a rep in a draft plan. Locks are checked when set (the postal
 * code holds accounts, the rep has a territory in the plan) and kept by every solve of the plan.
 */
@ApplicationScoped
public class PlanLockService {

  private final PlanLockRows rows;

  PlanLockService(PlanLockRows rows) {
    this.rows = rows;
  }

  @Transactional
  public PlanLocks locks(UUID planId) {
    PlanService.find(planId);
    Map<UUID, UUID> repByTerritory =
        territories(planId).stream().collect(Collectors.toMap(t -> t.id, t -> t.repId));
    return new PlanLocks(
        rows.territoryByPostalCode(planId).entrySet().stream()
            .map(lock -> new UnitLock(lock.getKey(), repByTerritory.get(lock.getValue())))
            .toList());
  }

  /** Replaces all locks of a draft plan; postal codes are stored normalised. */
  @Transactional
  public PlanLocks replace(UUID planId, PlanLocks request) {
    PlanEntity plan = PlanService.lock(planId);
    if (plan.status != PlanStatus.DRAFT) {
      throw ApiProblem.conflict(
          "plan-not-draft", "Plan " + planId + " is " + plan.status + "; only a draft is locked");
    }
    Map<UUID, TerritoryEntity> territoryByRep =
        territories(planId).stream().collect(Collectors.toMap(t -> t.repId, Function.identity()));
    Map<String, UUID> locks = new LinkedHashMap<>();
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < request.locks().size(); i++) {
      UnitLock lock = request.locks().get(i);
      String postalCode = ProblemBuilder.normalisedPostalCode(lock.postalCode());
      TerritoryEntity territory = territoryByRep.get(lock.repId());
      if (territory == null) {
        violations.add(
            Violation.field("locks[" + i + "].repId", "the rep has no territory in this plan"));
      }
      if (!rows.postalCodeKnown(postalCode)) {
        violations.add(
            Violation.field(
                "locks[" + i + "].postalCode", "no account of the planning copy has it"));
      }
      if (locks.containsKey(postalCode)) {
        violations.add(
            Violation.field("locks[" + i + "].postalCode", "is locked twice in this request"));
      }
      if (territory != null) {
        locks.putIfAbsent(postalCode, territory.id);
      }
    }
    if (!violations.isEmpty()) {
      throw ApiProblem.invalid("The locks are not usable", violations);
    }
    rows.replace(planId, locks);
    return locks(planId);
  }

  private static List<TerritoryEntity> territories(UUID planId) {
    return TerritoryEntity.list("planId", planId);
  }
}
