package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.domain.ActivateRequest;
import com.territoryplanner.balancing.domain.ForkRequest;
import com.territoryplanner.balancing.domain.OwnerView;
import com.territoryplanner.balancing.domain.PlanLimits;
import com.territoryplanner.balancing.domain.PlanRequest;
import com.territoryplanner.balancing.domain.PlanSettings;
import com.territoryplanner.balancing.domain.PlanStatus;
import com.territoryplanner.balancing.domain.PlanView;
import com.territoryplanner.balancing.domain.PotentialWeight;
import com.territoryplanner.balancing.domain.RepCapacity;
import com.territoryplanner.balancing.domain.SpecialistRule;
import com.territoryplanner.balancing.domain.TerritoryView;
import com.territoryplanner.balancing.repository.Assignments;
import com.territoryplanner.balancing.repository.PlacementLock;
import com.territoryplanner.balancing.repository.PlanEntity;
import com.territoryplanner.balancing.repository.PlanLockRows;
import com.territoryplanner.balancing.repository.PlanLockRows.StoredLock;
import com.territoryplanner.balancing.repository.RepEntity;
import com.territoryplanner.balancing.repository.SolveJobEntity;
import com.territoryplanner.balancing.repository.TerritoryEntity;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Plans: drafting one territory per rep, reading them with their metrics, activating them. */
@ApplicationScoped
public class PlanService {

  private final Assignments assignments;
  private final OwnerChanges changes;
  private final PlanningCopyService planningCopy;
  private final PlanLockRows locks;
  private final PlacementLock placementLock;

  PlanService(
      Assignments assignments,
      OwnerChanges changes,
      PlanningCopyService planningCopy,
      PlanLockRows locks,
      PlacementLock placementLock) {
    this.assignments = assignments;
    this.changes = changes;
    this.planningCopy = planningCopy;
    this.locks = locks;
    this.placementLock = placementLock;
  }

  @Transactional
  public PlanView create(PlanRequest request) {
    checkLimits(request.limits());
    List<UUID> repIds = new ArrayList<>(new LinkedHashSet<>(request.repIds()));
    if (repIds.size() != request.repIds().size()) {
      throw invalidReps("lists a rep more than once");
    }
    Map<UUID, RepEntity> reps =
        RepEntity.<RepEntity>list("id in ?1", repIds).stream()
            .collect(Collectors.toMap(r -> r.id, Function.identity()));
    List<UUID> unknown = repIds.stream().filter(id -> !reps.containsKey(id)).toList();
    if (!unknown.isEmpty()) {
      throw invalidReps("names reps that do not exist: " + unknown);
    }
    List<UUID> inactive =
        repIds.stream().filter(id -> !reps.get(id).status.canHoldTerritory()).toList();
    if (!inactive.isEmpty()) {
      throw invalidReps("names inactive reps: " + inactive);
    }
    checkSpecialists(request.specialistsOrNone(), reps.values());
    checkWeights(request.potentialWeightsOrNone());
    PlanEntity plan = new PlanEntity();
    plan.id = UUID.randomUUID();
    plan.name = request.name().trim();
    plan.status = PlanStatus.DRAFT;
    plan.balanceTolerance = request.toleranceOrDefault();
    plan.workloadTolerance = request.workloadTolerance();
    plan.specialists = List.copyOf(request.specialistsOrNone());
    plan.potentialWeights = List.copyOf(request.potentialWeightsOrNone());
    if (request.limits() != null) {
      plan.minPotential = request.limits().minPotential();
      plan.maxPotential = request.limits().maxPotential();
      plan.minAccounts = request.limits().minAccounts();
      plan.maxAccounts = request.limits().maxAccounts();
    }
    plan.createdAt = Instant.now();
    plan.persist();
    for (UUID repId : repIds) {
      TerritoryEntity territory = new TerritoryEntity();
      territory.id = UUID.randomUUID();
      territory.planId = plan.id;
      territory.repId = repId;
      territory.name = reps.get(repId).name;
      territory.persist();
    }
    return view(plan);
  }

  /**
   * Changes a draft's settings (a scenario's tolerances, limits, specialist rules); its stored
   * solution stays, to be measured against them or solved again.
   */
  @Transactional
  public PlanView update(UUID id, PlanSettings settings, Long expectedVersion) {
    PlanEntity plan = lock(id, expectedVersion);
    if (plan.status != PlanStatus.DRAFT) {
      throw ApiProblem.conflict(
          "plan-not-draft", "Plan " + id + " is " + plan.status + "; only a draft is changed");
    }
    checkLimits(settings.limits());
    if (settings.specialists() != null) {
      List<UUID> repIds =
          TerritoryEntity.<TerritoryEntity>list("planId", id).stream().map(t -> t.repId).toList();
      checkSpecialists(settings.specialists(), RepEntity.list("id in ?1", repIds));
      plan.specialists = List.copyOf(settings.specialists());
    }
    if (settings.potentialWeights() != null) {
      checkWeights(settings.potentialWeights());
      plan.potentialWeights = List.copyOf(settings.potentialWeights());
    }
    if (settings.capacities() != null) {
      setCapacities(id, settings.capacities());
    }
    if (settings.name() != null) {
      plan.name = settings.name().trim();
    }
    if (settings.balanceTolerance() != null) {
      plan.balanceTolerance = settings.balanceTolerance();
    }
    if (settings.workloadTolerance() != null) {
      plan.workloadTolerance = settings.workloadTolerance();
    }
    if (settings.limits() != null) {
      plan.minPotential = settings.limits().minPotential();
      plan.maxPotential = settings.limits().maxPotential();
      plan.minAccounts = settings.limits().minAccounts();
      plan.maxAccounts = settings.limits().maxAccounts();
    }
    plan.flush();
    return view(plan);
  }

  /**
   * A new draft with the plan's settings, reps, locks and stored solution: a scenario to change and
   * solve without touching the plan. Its territories are new, one per territory of the plan.
   */
  @Transactional
  public PlanView fork(UUID id, ForkRequest request) {
    PlanEntity source = find(id);
    PlanEntity copy =
        source.draftCopy(
            request == null || request.name() == null || request.name().isBlank()
                ? source.name + " (scenario)"
                : request.name().trim());
    copy.persist();
    Map<UUID, UUID> territoryIds = new HashMap<>();
    for (TerritoryEntity territory : TerritoryEntity.<TerritoryEntity>list("planId", source.id)) {
      TerritoryEntity forked = territory.copyInto(copy.id);
      forked.persist();
      territoryIds.put(territory.id, forked.id);
    }
    TerritoryEntity.flush();
    locks.replace(
        copy.id,
        locks.of(source.id).stream()
            .map(
                lock ->
                    new StoredLock(
                        lock.postalCode(), lock.accountId(), territoryIds.get(lock.territoryId())))
            .toList());
    assignments.copy(source.id, copy.id, territoryIds);
    return view(copy);
  }

  public PlanView get(UUID id) {
    return view(find(id));
  }

  /**
   * Makes a solved draft the active plan, or an archived plan active again (a rollback), and
   * archives the previous one; in the same transaction announces every account whose owner (rep and
   * territory) changed, and places by the live rules the accounts that arrived after the plan was
   * solved.
   */
  @Transactional
  public PlanView activate(UUID id, ActivateRequest request, Long expectedVersion) {
    // first, before the plan's row: batches placing accounts take the same lock before any row
    placementLock.hold();
    PlanEntity plan = lock(id, expectedVersion);
    if (plan.status == PlanStatus.ACTIVE) {
      throw ApiProblem.conflict("plan-active", "Plan " + id + " is active already");
    }
    String cause =
        plan.status == PlanStatus.ARCHIVED ? OwnerChanges.ROLLBACK : OwnerChanges.ACTIVATION;
    Optional<SolveJobEntity> job = SolveJobEntity.latestOf(id);
    if (job.isPresent() && job.get().status.running()) {
      throw ApiProblem.conflict("plan-solving", "Plan " + id + " is being solved");
    }
    if (job.isEmpty() || !job.get().status.solved() || !assignments.hasAssignments(id)) {
      throw ApiProblem.conflict("plan-not-solved", "Plan " + id + " has no completed solve");
    }
    Optional<PlanEntity> previous =
        PlanEntity.<PlanEntity>find("status", PlanStatus.ACTIVE)
            .withLock(LockModeType.PESSIMISTIC_WRITE)
            .firstResultOptional();
    Map<String, OwnerView> before = previous.map(p -> assignments.ownersIn(p.id)).orElse(Map.of());
    previous.ifPresent(
        p -> {
          p.status = PlanStatus.ARCHIVED;
          p.version++;
          p.flush();
        });
    plan.status = PlanStatus.ACTIVE;
    plan.activatedAt = Instant.now();
    plan.effectiveFrom =
        request == null || request.effectiveFrom() == null
            ? LocalDate.now()
            : request.effectiveFrom();
    plan.flush();
    changes.announceDifferences(before, assignments.ownersIn(id).values(), cause);
    planningCopy.placeAccountsNewToActivePlan();
    return view(plan);
  }

  static PlanEntity find(UUID id) {
    return PlanEntity.<PlanEntity>findByIdOptional(id)
        .orElseThrow(() -> ApiProblem.notFound("Plan", id));
  }

  /**
   * The plan, locked for a change by this transaction, which raises its version. With {@code
   * expectedVersion} (a client's If-Match) the change goes ahead only on that version of the plan.
   */
  static PlanEntity lock(UUID id, Long expectedVersion) {
    PlanEntity plan =
        PlanEntity.<PlanEntity>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
            .orElseThrow(() -> ApiProblem.notFound("Plan", id));
    if (expectedVersion != null && expectedVersion != plan.version) {
      throw ApiProblem.preconditionFailed(
          "plan-changed",
          "Plan "
              + id
              + " is at version "
              + plan.version
              + ", not "
              + expectedVersion
              + "; read it again before changing it");
    }
    // the row lock holds until commit, so versions rise one change at a time
    plan.version++;
    return plan;
  }

  private static PlanView view(PlanEntity plan) {
    List<TerritoryEntity> territories =
        TerritoryEntity.list("planId = ?1 order by name, id", plan.id);
    Map<UUID, RepEntity> reps =
        RepEntity.<RepEntity>list(
                "id in ?1",
                territories.stream()
                    .flatMap(t -> Stream.of(t.repId, t.coveringRepId))
                    .filter(Objects::nonNull)
                    .toList())
            .stream()
            .collect(Collectors.toMap(r -> r.id, Function.identity()));
    List<TerritoryView> views =
        territories.stream()
            .map(
                t ->
                    new TerritoryView(
                        t.id,
                        t.name,
                        t.repId,
                        reps.get(t.repId).name,
                        t.capacity == null ? reps.get(t.repId).capacity : t.capacity,
                        t.targetPotential,
                        t.potential,
                        t.accountCount,
                        t.unitCount,
                        t.targetPotential == null || t.targetPotential.signum() == 0
                            ? null
                            : t.potential
                                .divide(t.targetPotential, 4, RoundingMode.HALF_UP)
                                .doubleValue(),
                        t.coveringRepId == null
                            ? null
                            : new TerritoryView.Coverage(
                                t.coveringRepId,
                                reps.get(t.coveringRepId).name,
                                t.coveredSince,
                                t.coveredUntil)))
            .toList();
    return new PlanView(
        plan.id,
        plan.version,
        plan.name,
        plan.status,
        plan.balanceTolerance,
        plan.workloadTolerance,
        limitsOf(plan),
        plan.specialists == null ? List.of() : plan.specialists,
        plan.potentialWeights == null ? List.of() : plan.potentialWeights,
        plan.createdAt,
        plan.activatedAt,
        plan.effectiveFrom,
        views);
  }

  private static void checkLimits(PlanLimits limits) {
    if (limits == null) {
      return;
    }
    List<Violation> violations = new ArrayList<>();
    if (limits.minPotential() != null
        && limits.maxPotential() != null
        && limits.minPotential().compareTo(limits.maxPotential()) > 0) {
      violations.add(Violation.field("limits.maxPotential", "is below minPotential"));
    }
    if (limits.minAccounts() != null
        && limits.maxAccounts() != null
        && limits.minAccounts() > limits.maxAccounts()) {
      violations.add(Violation.field("limits.maxAccounts", "is below minAccounts"));
    }
    if (!violations.isEmpty()) {
      throw ApiProblem.invalid("The plan's limits contradict each other", violations);
    }
  }

  /** Each rule names what it singles out, and a skill that a rep of the plan has. */
  private static void checkWeights(List<PotentialWeight> weights) {
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      if (weights.get(i).namesNothing()) {
        violations.add(
            Violation.field(
                "potentialWeights[" + i + "]",
                "names neither an industry, a size tier nor a segment"));
      }
    }
    if (!violations.isEmpty()) {
      throw ApiProblem.invalid("The plan's potential weights are not usable", violations);
    }
  }

  /** Gives reps of the plan another capacity in it; every rep named must hold a territory. */
  private static void setCapacities(UUID planId, List<RepCapacity> capacities) {
    Map<UUID, TerritoryEntity> byRep =
        TerritoryEntity.<TerritoryEntity>list("planId", planId).stream()
            .collect(Collectors.toMap(t -> t.repId, Function.identity()));
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < capacities.size(); i++) {
      TerritoryEntity territory = byRep.get(capacities.get(i).repId());
      if (territory == null) {
        violations.add(
            Violation.field("capacities[" + i + "].repId", "holds no territory in this plan"));
      } else {
        territory.capacity = capacities.get(i).capacity();
      }
    }
    if (!violations.isEmpty()) {
      throw ApiProblem.invalid("The capacities are not usable", violations);
    }
  }

  private static void checkSpecialists(List<SpecialistRule> rules, Collection<RepEntity> reps) {
    Set<String> skills =
        reps.stream().flatMap(rep -> Arrays.stream(rep.skills)).collect(Collectors.toSet());
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      SpecialistRule rule = rules.get(i);
      if (rule.sizeTier() == null && rule.naicsPrefix() == null) {
        violations.add(
            Violation.field("specialists[" + i + "]", "names neither a size tier nor an industry"));
      }
      if (!skills.contains(rule.skill().trim())) {
        violations.add(
            Violation.field("specialists[" + i + "].skill", "no rep of this plan has the skill"));
      }
    }
    if (!violations.isEmpty()) {
      throw ApiProblem.invalid("The plan's specialist rules are not usable", violations);
    }
  }

  private static PlanLimits limitsOf(PlanEntity plan) {
    if (plan.minPotential == null
        && plan.maxPotential == null
        && plan.minAccounts == null
        && plan.maxAccounts == null) {
      return null;
    }
    return new PlanLimits(plan.minPotential, plan.maxPotential, plan.minAccounts, plan.maxAccounts);
  }

  private static ApiProblem invalidReps(String reason) {
    return ApiProblem.invalid(
        "The plan's reps are not usable", List.of(Violation.field("repIds", reason)));
  }
}
