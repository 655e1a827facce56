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
import java.util.List;
import java.util.Optional;

/**
 * The planning copy of accounts: the fields balancing needs, assembled from accounts.v1 and
 * segments.v1 in whatever order they arrive. Every event is applied at most once; events come in
 * batches, one transaction each.
 */
@ApplicationScoped
public class PlanningCopyService {

  private final ProcessedEvents processed;
  private final PlanningAccounts accounts;
  private final LiveAssignmentService liveAssignments;

  PlanningCopyService(
      ProcessedEvents processed, PlanningAccounts accounts, LiveAssignmentService liveAssignments) {
    this.processed = processed;
    this.accounts = accounts;
    this.liveAssignments = liveAssignments;
  }

  /** A batch of account events, in one transaction. */
  @Transactional
  public void applyAccounts(List<AccountEvent> events) {
    Optional<Placement> placement = liveAssignments.placement();
    events.forEach(event -> apply(event, placement));
  }

  /** A batch of segment events, in one transaction. */
  @Transactional
  public void applySegments(List<SegmentEvent> events) {
    Optional<Placement> placement = liveAssignments.placement();
    events.forEach(event -> apply(event, placement));
  }

  private void apply(AccountEvent event, Optional<Placement> placement) {
    if (!processed.firstDelivery(event.eventId())) {
      return;
    }
    if (AccountEvent.DELETED.equals(event.type())) {
      accounts.deleteAccount(event.accountId());
      placement.ifPresent(plan -> liveAssignments.accountDeleted(event.accountId(), plan));
      return;
    }
    accounts.upsertAccount(
        event.accountId(),
        event.name(),
        event.postalCode(),
        event.latitude(),
        event.longitude(),
        event.naics());
    placeInActivePlan(event.accountId(), placement);
  }

  private void apply(SegmentEvent event, Optional<Placement> placement) {
    if (!processed.firstDelivery(event.eventId())) {
      return;
    }
    accounts.upsertSegment(event.accountId(), event.potential(), event.sizeTier(), event.segment());
    // a new size tier may route the account to a specialist
    placeInActivePlan(event.accountId(), placement);
  }

  /**
   * Places by the live rules every described account the active plan has not placed: those that
   * arrived after it was solved. In the caller's transaction.
   */
  void placeAccountsNewToActivePlan() {
    Optional<Placement> placement = liveAssignments.placement();
    placement.ifPresent(
        plan ->
            liveAssignments.accountsNewTo(plan).forEach(id -> placeInActivePlan(id, placement)));
  }

  /** Places the account in the active plan, if any, once accounts.v1 has described it. */
  private void placeInActivePlan(String accountId, Optional<Placement> placement) {
    placement.ifPresent(
        plan ->
            PlanningAccountEntity.<PlanningAccountEntity>findByIdOptional(accountId)
                .filter(account -> account.deletedAt == null && account.name != null)
                .ifPresent(account -> liveAssignments.accountChanged(inputOf(account), plan)));
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
