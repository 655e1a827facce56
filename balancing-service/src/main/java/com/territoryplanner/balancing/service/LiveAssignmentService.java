package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.domain.AssignmentConflict;
import com.territoryplanner.balancing.domain.OwnerView;
import com.territoryplanner.balancing.engine.AccountInput;
import com.territoryplanner.balancing.engine.AccountRouting;
import com.territoryplanner.balancing.engine.LiveRouting;
import com.territoryplanner.balancing.engine.LiveRouting.ActivePlan;
import com.territoryplanner.balancing.engine.LiveRouting.Decision;
import com.territoryplanner.balancing.engine.ProblemBuilder;
import com.territoryplanner.balancing.repository.Assignments;
import com.territoryplanner.balancing.repository.Assignments.UnitPlacement;
import com.territoryplanner.balancing.repository.ConflictLog;
import com.territoryplanner.balancing.repository.PlacementLock;
import com.territoryplanner.balancing.repository.PlanEntity;
import com.territoryplanner.balancing.repository.PlanLockRows;
import com.territoryplanner.balancing.repository.RepEntity;
import com.territoryplanner.balancing.repository.TerritoryEntity;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Keeps the active plan current as accounts change after its activation: a new account, or one
 * whose postal code or routing changed, is placed by {@link LiveRouting} and its owner published
 * when it changed; an account that keeps its unit keeps its owner, so nothing else moves.
 */
@ApplicationScoped
public class LiveAssignmentService {

  private static final Logger LOG = Logger.getLogger(LiveAssignmentService.class);

  private static final int MAX_CONFLICTS = 1000;

  private final Assignments assignments;
  private final PlanLockRows locks;
  private final OwnerChanges changes;
  private final ConflictLog conflicts;
  private final PlacementLock placementLock;

  LiveAssignmentService(
      Assignments assignments,
      PlanLockRows locks,
      OwnerChanges changes,
      ConflictLog conflicts,
      PlacementLock placementLock) {
    this.assignments = assignments;
    this.locks = locks;
    this.changes = changes;
    this.conflicts = conflicts;
    this.placementLock = placementLock;
  }

  /** The conflicts live assignment found in a plan, newest first. */
  public List<AssignmentConflict> conflicts(UUID planId, Integer limit) {
    PlanService.find(planId);
    int size = limit == null ? 100 : limit;
    if (size < 1 || size > MAX_CONFLICTS) {
      throw ApiProblem.invalid(
          "The request is invalid",
          List.of(Violation.field("limit", "must be between 1 and " + MAX_CONFLICTS)));
    }
    return conflicts.of(planId, size);
  }

  /**
   * The active plan and its rules as they are now, read once for all the accounts a transaction
   * places (a batch of events, an activation); empty when no plan is active. A transaction that
   * changes the plan's locks, specialists or reps must take a new one. An activation cannot come
   * between this read and the transaction's commit ({@link PlacementLock}).
   */
  Optional<Placement> placement() {
    placementLock.share();
    return PlanEntity.active().map(plan -> new Placement(plan, rulesOf(plan)));
  }

  /** The active plan and the rules live assignment places accounts by. */
  record Placement(PlanEntity plan, ActivePlan rules) {}

  /**
   * The accounts as the planning copy now has them (each once): those whose stored unit no longer
   * fits are placed again, and those whose territory changed are announced. In the caller's
   * transaction, a few statements for all of them.
   */
  void accountsChanged(Collection<AccountInput> accounts, Placement placement) {
    PlanEntity plan = placement.plan();
    ActivePlan rules = placement.rules();
    Map<String, String> stored =
        assignments.unitsOf(plan.id, accounts.stream().map(AccountInput::id).toList());
    Map<String, Decision> placed = new LinkedHashMap<>();
    Instant now = Instant.now();
    for (AccountInput account : accounts) {
      String unit = stored.get(account.id());
      if (unit != null && stillFits(account, unit, rules)) {
        continue;
      }
      Optional<Decision> decision = LiveRouting.route(account, rules);
      if (decision.isEmpty()) {
        LOG.warnf(
            "Account %s has neither a postal code nor a location the active plan can place",
            account.id());
        continue;
      }
      Decision routed = decision.get();
      routed
          .conflicts()
          .forEach(
              conflict ->
                  conflicts.record(
                      plan.id,
                      account.id(),
                      routed.rule().name(),
                      UUID.fromString(routed.territoryId()),
                      conflict,
                      now));
      placed.put(account.id(), routed);
    }
    if (placed.isEmpty()) {
      return;
    }
    Map<String, OwnerView> before = assignments.activeOwners(placed.keySet());
    assignments.place(
        plan.id,
        placed.entrySet().stream()
            .map(
                entry -> {
                  Decision decision = entry.getValue();
                  boolean named =
                      decision.unitId().equals(AccountRouting.namedUnitId(entry.getKey()));
                  return new UnitPlacement(
                      entry.getKey(),
                      decision.unitId(),
                      decision.rule().name(),
                      named ? UUID.fromString(decision.territoryId()) : null);
                })
            .toList());
    // the same territory has the same rep: its owner did not change
    List<String> moved =
        placed.entrySet().stream()
            .filter(
                entry -> {
                  OwnerView owner = before.get(entry.getKey());
                  return owner == null
                      || !owner.territoryId().toString().equals(entry.getValue().territoryId());
                })
            .map(Map.Entry::getKey)
            .toList();
    Map<String, OwnerView> after = assignments.activeOwners(moved);
    LocalDate today = LocalDate.now();
    changes.announce(
        moved.stream().map(id -> after.get(id).fromToday(today)).toList(),
        OwnerChanges.LIVE_ASSIGNMENT);
  }

  /**
   * Who would own an account at a postal code or a location in the active plan: its postal code's
   * territory, else the nearest unit's. Empty when no plan is active or nothing is near.
   */
  Optional<OwnerView> ownerAt(String postalCode, Double latitude, Double longitude) {
    return PlanEntity.active()
        .flatMap(
            plan ->
                LiveRouting.route(
                        new AccountInput("", postalCode, latitude, longitude, 0),
                        new ActivePlan(
                            Map.of(),
                            List.of(),
                            List::of,
                            territoryOfUnit(plan),
                            nearestUnit(plan)))
                    .map(decision -> ownerOf(plan, decision)));
  }

  private static OwnerView ownerOf(PlanEntity plan, Decision decision) {
    TerritoryEntity territory = TerritoryEntity.findById(UUID.fromString(decision.territoryId()));
    RepEntity rep = RepEntity.findById(territory.ownerRepId());
    return new OwnerView(
        null,
        plan.id,
        territory.id,
        territory.name,
        rep.id,
        rep.name,
        plan.effectiveFrom,
        decision.rule().name(),
        territory.coveringRepId == null ? null : territory.repId);
  }

  /** Described accounts of the planning copy that the active plan has not placed. */
  List<String> accountsNewTo(Placement placement) {
    return assignments.accountsMissingFrom(placement.plan().id);
  }

  /** The accounts left their source: they leave the active plan. In the caller's transaction. */
  void accountsDeleted(Collection<String> accountIds, Placement placement) {
    assignments.remove(placement.plan().id, accountIds);
  }

  /**
   * Whether the account's stored unit is still the one the rules give it: its postal code's unit,
   * its named unit while it is still named, or the nearest unit while its own is still unknown.
   */
  private boolean stillFits(AccountInput account, String storedUnit, ActivePlan rules) {
    boolean named = LiveRouting.named(account, rules);
    if (storedUnit.equals(AccountRouting.namedUnitId(account.id()))) {
      return named;
    }
    if (named) {
      return false;
    }
    String own = ProblemBuilder.unitId(account.id(), account.postalCode());
    return storedUnit.equals(own) || rules.territoryOfUnit().apply(own).isEmpty();
  }

  private ActivePlan rulesOf(PlanEntity plan) {
    Map<String, String> lockedAccounts = new HashMap<>();
    locks.of(plan.id).stream()
        .filter(lock -> lock.accountId() != null)
        .forEach(lock -> lockedAccounts.put(lock.accountId(), lock.territoryId().toString()));
    return new ActivePlan(
        lockedAccounts,
        PlanProblems.specialistsOf(plan),
        () -> PlanProblems.repsOf(plan),
        territoryOfUnit(plan),
        nearestUnit(plan));
  }

  /** Each unit's territory, looked up once per unit for as long as the caller keeps it. */
  private Function<String, Optional<String>> territoryOfUnit(PlanEntity plan) {
    Map<String, Optional<String>> known = new HashMap<>();
    return unit ->
        known.computeIfAbsent(
            unit, u -> assignments.territoryOfUnit(plan.id, u).map(UUID::toString));
  }

  private Function<AccountInput, Optional<String>> nearestUnit(PlanEntity plan) {
    return account ->
        account.latitude() == null || account.longitude() == null
            ? Optional.empty()
            : assignments.nearestUnit(plan.id, account.latitude(), account.longitude());
  }
}
