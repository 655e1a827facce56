package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.domain.CoverageRequest;
import com.territoryplanner.balancing.domain.CoverageView;
import com.territoryplanner.balancing.domain.OwnerView;
import com.territoryplanner.balancing.domain.PlanStatus;
import com.territoryplanner.balancing.domain.RepStatus;
import com.territoryplanner.balancing.domain.TerritoryView;
import com.territoryplanner.balancing.repository.Assignments;
import com.territoryplanner.balancing.repository.PlanEntity;
import com.territoryplanner.balancing.repository.RepEntity;
import com.territoryplanner.balancing.repository.TerritoryEntity;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Temporary coverage of a territory: another rep owns its accounts for now while the territory, its
 * units and its own rep stay as planned. On the active plan the owners that change are published
 * from today, with cause COVERAGE when it begins and COVERAGE_ENDED when it ends.
 */
@ApplicationScoped
public class CoverageService {

  private final Assignments assignments;
  private final OwnerChanges changes;
  private final PlanService plans;
  private final EntityManager entityManager;

  CoverageService(
      Assignments assignments,
      OwnerChanges changes,
      PlanService plans,
      EntityManager entityManager) {
    this.assignments = assignments;
    this.changes = changes;
    this.plans = plans;
    this.entityManager = entityManager;
  }

  @Transactional
  public CoverageView cover(
      UUID planId, UUID territoryId, CoverageRequest request, Long expectedVersion) {
    PlanEntity plan = TurnoverService.changeablePlan(planId, expectedVersion);
    TerritoryEntity territory = territoryOf(plan, territoryId);
    RepEntity cover = RepEntity.findById(request.repId());
    LocalDate today = LocalDate.now();
    String reason =
        cover == null
            ? "does not exist"
            : cover.status != RepStatus.ACTIVE
                ? "is not an active rep, who could cover"
                : cover.id.equals(territory.repId) ? "is the territory's own rep" : null;
    if (reason != null) {
      throw invalid("repId", reason);
    }
    if (request.until() != null && request.until().isBefore(today)) {
      throw invalid("until", "must not be before today");
    }
    Map<String, OwnerView> before = ownersBefore(plan);
    territory.coveringRepId = cover.id;
    territory.coveredSince = today;
    territory.coveredUntil = request.until();
    return new CoverageView(view(plan, territory), announce(plan, before, OwnerChanges.COVERAGE));
  }

  @Transactional
  public CoverageView end(UUID planId, UUID territoryId, Long expectedVersion) {
    PlanEntity plan = TurnoverService.changeablePlan(planId, expectedVersion);
    TerritoryEntity territory = territoryOf(plan, territoryId);
    if (territory.coveringRepId == null) {
      throw ApiProblem.conflict("not-covered", "Territory " + territoryId + " is not covered");
    }
    Map<String, OwnerView> before = ownersBefore(plan);
    territory.endCoverage();
    return new CoverageView(
        view(plan, territory), announce(plan, before, OwnerChanges.COVERAGE_ENDED));
  }

  /**
   * Ends every coverage by a rep who can cover no more (made inactive, or a placeholder), in each
   * plan that is not archived (an archived plan stays as it was); on the active plan the owners
   * that change are announced.
   */
  @Transactional
  public void endCoveragesBy(UUID repId) {
    Map<UUID, List<TerritoryEntity>> byPlan =
        TerritoryEntity.<TerritoryEntity>list("coveringRepId", repId).stream()
            .collect(Collectors.groupingBy(territory -> territory.planId));
    for (Map.Entry<UUID, List<TerritoryEntity>> covered : byPlan.entrySet()) {
      PlanEntity plan = PlanService.lock(covered.getKey(), null);
      if (plan.status != PlanStatus.ARCHIVED) {
        Map<String, OwnerView> before = ownersBefore(plan);
        covered.getValue().forEach(TerritoryEntity::endCoverage);
        announce(plan, before, OwnerChanges.COVERAGE_ENDED);
      }
    }
  }

  private static TerritoryEntity territoryOf(PlanEntity plan, UUID territoryId) {
    return TerritoryEntity.<TerritoryEntity>findByIdOptional(territoryId)
        .filter(territory -> territory.planId.equals(plan.id))
        .orElseThrow(() -> ApiProblem.notFound("Territory of plan " + plan.id, territoryId));
  }

  private Map<String, OwnerView> ownersBefore(PlanEntity plan) {
    return plan.status == PlanStatus.ACTIVE ? assignments.ownersIn(plan.id) : Map.of();
  }

  private int announce(PlanEntity plan, Map<String, OwnerView> before, String cause) {
    if (plan.status != PlanStatus.ACTIVE) {
      return 0;
    }
    // the owners query reads the territory's new coverage from the database
    entityManager.flush();
    LocalDate today = LocalDate.now();
    return changes.announceDifferences(
        before,
        assignments.ownersIn(plan.id).values().stream()
            .map(owner -> owner.fromToday(today))
            .toList(),
        cause);
  }

  private TerritoryView view(PlanEntity plan, TerritoryEntity territory) {
    entityManager.flush();
    return plans.get(plan.id).territories().stream()
        .filter(view -> view.id().equals(territory.id))
        .findFirst()
        .orElseThrow();
  }

  private static ApiProblem invalid(String field, String reason) {
    return ApiProblem.invalid(
        "The coverage request is invalid", List.of(Violation.field(field, reason)));
  }
}
