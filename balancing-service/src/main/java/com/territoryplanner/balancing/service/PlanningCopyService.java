package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.domain.PlanningAccountView;
import com.territoryplanner.balancing.domain.PlanningCopySummary;
import com.territoryplanner.balancing.engine.AccountInput;
import com.territoryplanner.balancing.repository.PlanningAccountEntity;
import com.territoryplanner.balancing.repository.PlanningAccounts;
import com.territoryplanner.contracts.AccountEvent;
import com.territoryplanner.contracts.SegmentEvent;
import com.territoryplanner.platform.messaging.ProcessedEvents;
import com.territoryplanner.platform.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.util.List;

/**
 * The planning copy of accounts: the fields balancing needs, assembled from accounts.v1 and
 * segments.v1 in whatever order they arrive. Every event is applied at most once.
 */
@ApplicationScoped
public class PlanningCopyService {

  private final ProcessedEvents processed;
  private final PlanningAccounts accounts;

  PlanningCopyService(ProcessedEvents processed, PlanningAccounts accounts) {
    this.processed = processed;
    this.accounts = accounts;
  }

  /** Answers false when the event had been applied before. */
  @Transactional
  public boolean apply(AccountEvent event) {
    if (!processed.firstDelivery(event.eventId())) {
      return false;
    }
    if (AccountEvent.DELETED.equals(event.type())) {
      accounts.deleteAccount(event.accountId());
      return true;
    }
    accounts.upsertAccount(
        event.accountId(),
        event.name(),
        event.postalCode(),
        event.latitude(),
        event.longitude(),
        event.naics());
    return true;
  }

  /** Answers false when the event had been applied before. */
  @Transactional
  public boolean apply(SegmentEvent event) {
    if (!processed.firstDelivery(event.eventId())) {
      return false;
    }
    accounts.upsertSegment(event.accountId(), event.potential(), event.sizeTier());
    return true;
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

  /** Every account of the copy as solver input; an account without potential counts as 0. */
  public List<AccountInput> solverInput() {
    return PlanningAccountEntity.<PlanningAccountEntity>list("deletedAt is null").stream()
        .map(
            a ->
                new AccountInput(
                    a.id,
                    a.postalCode,
                    a.latitude,
                    a.longitude,
                    a.potential == null
                        ? 0
                        : a.potential.setScale(0, RoundingMode.HALF_UP).longValue(),
                    a.sizeTier,
                    a.naics))
        .toList();
  }
}
