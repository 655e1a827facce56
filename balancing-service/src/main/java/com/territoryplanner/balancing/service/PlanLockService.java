package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.domain.PlanLocks;
import com.territoryplanner.balancing.domain.PlanStatus;
import com.territoryplanner.balancing.domain.UnitLock;
import com.territoryplanner.balancing.engine.ProblemBuilder;
import com.territoryplanner.balancing.repository.PlanEntity;
import com.territoryplanner.balancing.repository.PlanLockRows;
import com.territoryplanner.balancing.repository.PlanLockRows.StoredLock;
import com.territoryplanner.balancing.repository.TerritoryEntity;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Postal codes and single accounts a planner locks to a rep in a draft plan. Locks are checked when
 * set (the postal code or account is in the planning copy, the rep has a territory in the plan) and
 * kept by every solve of the plan.
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
        rows.of(planId).stream()
            .map(
                lock ->
                    new UnitLock(
                        lock.postalCode(),
                        lock.accountId(),
                        repByTerritory.get(lock.territoryId())))
            .toList());
  }

  /** Replaces all locks of a draft plan; postal codes are stored normalised. */
  @Transactional
  public PlanLocks replace(UUID planId, PlanLocks request, Long expectedVersion) {
    PlanEntity plan = PlanService.lock(planId, expectedVersion);
    if (plan.status != PlanStatus.DRAFT) {
      throw ApiProblem.conflict(
          "plan-not-draft", "Plan " + planId + " is " + plan.status + "; only a draft is locked");
    }
    Map<UUID, TerritoryEntity> territoryByRep =
        territories(planId).stream().collect(Collectors.toMap(t -> t.repId, Function.identity()));
    List<StoredLock> locks = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < request.locks().size(); i++) {
      UnitLock lock = request.locks().get(i);
      String field = "locks[" + i + "]";
      TerritoryEntity territory = territoryByRep.get(lock.repId());
      if (territory == null) {
        violations.add(Violation.field(field + ".repId", "the rep has no territory in this plan"));
      }
      String postalCode =
          lock.postalCode() == null ? null : ProblemBuilder.normalisedPostalCode(lock.postalCode());
      if ((postalCode == null) == (lock.accountId() == null)) {
        violations.add(Violation.field(field, "names either a postal code or an account"));
        continue;
      }
      boolean known =
          postalCode != null
              ? rows.postalCodeKnown(postalCode)
              : rows.accountKnown(lock.accountId());
      String target = postalCode != null ? field + ".postalCode" : field + ".accountId";
      if (!known) {
        violations.add(Violation.field(target, "no account of the planning copy has it"));
      }
      if (!seen.add(postalCode != null ? "postal:" + postalCode : "account:" + lock.accountId())) {
        violations.add(Violation.field(target, "is locked twice in this request"));
      }
      if (territory != null) {
        locks.add(new StoredLock(postalCode, lock.accountId(), territory.id));
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
