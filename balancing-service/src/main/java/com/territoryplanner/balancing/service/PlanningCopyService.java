package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.domain.PlanningAccountView;
import com.territoryplanner.balancing.domain.PlanningCopySummary;
import com.territoryplanner.balancing.domain.PotentialWeight;
import com.territoryplanner.balancing.engine.AccountInput;
import com.territoryplanner.balancing.repository.PlanningAccountEntity;
import com.territoryplanner.balancing.repository.PlanningAccounts;
import com.territoryplanner.balancing.service.LiveAssignmentService.Placement;
import com.territoryplanner.contracts.AccountEvent;
import com.territoryplanner.contracts.SegmentEvent;
import com.territoryplanner.platform.messaging.ProcessedEvents;
import com.territoryplanner.platform.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The planning copy of accounts: the fields balancing needs, assembled from accounts.v1 and
 * segments.v1 in whatever order they arrive. Every event is applied at most once; events come in
 * batches, one transaction and a few set-based statements each.
 */
@ApplicationScoped
public class PlanningCopyService {

  /** Accounts placed with one set of statements when an activation places those new to it. */
  private static final int PLACED_TOGETHER = 1000;

  private final ProcessedEvents processed;
  private final PlanningAccounts accounts;
  private final LiveAssignmentService liveAssignments;

  PlanningCopyService(
      ProcessedEvents processed, PlanningAccounts accounts, LiveAssignmentService liveAssignments) {
    this.processed = processed;
    this.accounts = accounts;
    this.liveAssignments = liveAssignments;
  }

  /**
   * A batch of account events, in one transaction: the events not applied before, the last of each
   * account standing for all of its (an account's events come in order), written together.
   */
  @Transactional
  public void applyAccounts(List<AccountEvent> events) {
    Optional<Placement> placement = liveAssignments.placement();
    List<AccountEvent> latest =
        latestPerAccount(events, AccountEvent::eventId, AccountEvent::accountId);
    Map<Boolean, List<AccountEvent>> byDeletion =
        latest.stream()
            .collect(Collectors.partitioningBy(e -> AccountEvent.DELETED.equals(e.type())));
    List<String> gone = byDeletion.get(true).stream().map(AccountEvent::accountId).toList();
    List<AccountEvent> described = byDeletion.get(false);
    accounts.deleteAccounts(gone);
    accounts.upsertAccounts(described);
    placement.ifPresent(
        plan -> {
          liveAssignments.accountsDeleted(gone, plan);
          place(described.stream().map(AccountEvent::accountId).toList(), plan);
        });
  }

  /** A batch of segment events, in one transaction, as {@link #applyAccounts} does. */
  @Transactional
  public void applySegments(List<SegmentEvent> events) {
    Optional<Placement> placement = liveAssignments.placement();
    List<SegmentEvent> latest =
        latestPerAccount(events, SegmentEvent::eventId, SegmentEvent::accountId);
    accounts.upsertSegments(latest);
    // a new size tier may route the account to a specialist
    placement.ifPresent(plan -> place(latest.stream().map(SegmentEvent::accountId).toList(), plan));
  }

  /**
   * The events not applied before (each recorded as applied now), the last one of each account
   * only, in the order of those last events.
   */
  private <E> List<E> latestPerAccount(
      List<E> events, Function<E, UUID> eventId, Function<E, String> accountId) {
    Map<String, E> latest = new LinkedHashMap<>();
    for (E event : processed.firstDelivered(events, eventId)) {
      latest.remove(accountId.apply(event));
      latest.put(accountId.apply(event), event);
    }
    return List.copyOf(latest.values());
  }

  /**
   * Places by the live rules every described account the active plan has not placed: those that
   * arrived after it was solved. In the caller's transaction.
   */
  void placeAccountsNewToActivePlan() {
    liveAssignments
        .placement()
        .ifPresent(
            plan -> {
              List<String> missing = liveAssignments.accountsNewTo(plan);
              for (int from = 0; from < missing.size(); from += PLACED_TOGETHER) {
                place(
                    missing.subList(from, Math.min(missing.size(), from + PLACED_TOGETHER)), plan);
              }
            });
  }

  /** Places in the active plan those of the accounts that accounts.v1 has described. */
  private void place(List<String> accountIds, Placement placement) {
    liveAssignments.accountsChanged(
        accounts.find(accountIds).stream()
            .filter(account -> account.deletedAt == null && account.name != null)
            .map(PlanningCopyService::inputOf)
            .toList(),
        placement);
  }

  public PlanningCopySummary summary() {
    return accounts.summary();
  }

  public PlanningAccountView account(String id) {
    return PlanningAccountEntity.<PlanningAccountEntity>findByIdOptional(id)
        .filter(account -> account.deletedAt == null)
        .map(PlanningAccountEntity::toView)
        .orElseThrow(() -> ApiProblem.notFound("Planning account", id));
  }

  /**
   * Every account of the copy as solver input, its potential multiplied by the first weight that
   * matches it (none: as it is); an account without potential counts as 0.
   */
  public List<AccountInput> solverInput(List<PotentialWeight> weights) {
    return PlanningAccountEntity.<PlanningAccountEntity>list("deletedAt is null").stream()
        .map(account -> inputOf(account, weightOf(account, weights)))
        .toList();
  }

  private static double weightOf(PlanningAccountEntity account, List<PotentialWeight> weights) {
    return weights.stream()
        .filter(weight -> weight.matches(account.naics, account.sizeTier, account.segment))
        .findFirst()
        .map(PotentialWeight::weight)
        .orElse(1.0);
  }

  private static AccountInput inputOf(PlanningAccountEntity account) {
    return inputOf(account, 1);
  }

  private static AccountInput inputOf(PlanningAccountEntity account, double weight) {
    return new AccountInput(
        account.id,
        account.postalCode,
        account.latitude,
        account.longitude,
        account.potential == null
            ? 0
            : account
                .potential
                .multiply(BigDecimal.valueOf(weight))
                .setScale(0, RoundingMode.HALF_UP)
                .longValue(),
        account.sizeTier,
        account.naics);
  }
}
