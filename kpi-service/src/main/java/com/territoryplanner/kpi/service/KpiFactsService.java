package com.territoryplanner.kpi.service;

import com.territoryplanner.contracts.AssignmentEvent;
import com.territoryplanner.contracts.OpportunityEvent;
import com.territoryplanner.kpi.repository.AccountOwnerEntity;
import com.territoryplanner.kpi.repository.OpportunityEntity;
import com.territoryplanner.kpi.repository.RollupRepository;
import com.territoryplanner.platform.messaging.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps the facts rollups are computed from: who owns each account now, and each opportunity (an
 * OpportunityDeleted event removes it, and its bookings with it). One event is one transaction: the
 * idempotency record, the fact and the dirty marks of the territories whose bookings may have
 * changed commit together. Rollups themselves are recomputed by {@link RollupService}, so a burst
 * of events costs one recomputation per territory.
 */
@ApplicationScoped
public class KpiFactsService {

  private static final Logger LOG = Logger.getLogger(KpiFactsService.class);

  private final ProcessedEvents processed;
  private final RollupRepository rollups;

  KpiFactsService(ProcessedEvents processed, RollupRepository rollups) {
    this.processed = processed;
    this.rollups = rollups;
  }

  @Transactional
  public void accountAssigned(AssignmentEvent event) {
    require(event.accountId(), "accountId", event.eventId());
    if (event.territoryId() == null) {
      throw new IllegalArgumentException(
          "Assignment event " + event.eventId() + " has no territoryId");
    }
    if (!processed.firstDelivery(event.eventId())) {
      LOG.debugf("Assignment event %s already processed", event.eventId());
      return;
    }
    Instant occurredAt = occurredAt(event.occurredAt());
    AccountOwnerEntity owner = AccountOwnerEntity.findById(event.accountId());
    if (owner != null && occurredAt.isBefore(owner.sourceAt)) {
      LOG.debugf("Assignment event %s is older than the stored owner; ignored", event.eventId());
      return;
    }
    UUID previousTerritory = owner == null ? null : owner.territoryId;
    String previousName = owner == null ? null : owner.territoryName;
    if (owner == null) {
      owner = new AccountOwnerEntity();
      owner.accountId = event.accountId();
    }
    owner.territoryId = event.territoryId();
    owner.territoryName = event.territoryName() == null ? "" : event.territoryName();
    owner.repId = event.repId();
    owner.planId = event.planId();
    owner.effectiveFrom = event.effectiveFrom();
    owner.sourceAt = occurredAt;
    owner.updatedAt = Instant.now();
    owner.persist();

    if (!Objects.equals(previousTerritory, owner.territoryId)) {
      if (previousTerritory != null) {
        rollups.markTerritoryDirty(previousTerritory);
      }
      rollups.markTerritoryDirty(owner.territoryId);
    } else if (!Objects.equals(previousName, owner.territoryName)) {
      rollups.markTerritoryDirty(owner.territoryId);
    }
  }

  @Transactional
  public void opportunityChanged(OpportunityEvent event) {
    require(event.opportunityId(), "opportunityId", event.eventId());
    require(event.accountId(), "accountId", event.eventId());
    require(event.currency(), "currency", event.eventId());
    if (!processed.firstDelivery(event.eventId())) {
      LOG.debugf("Opportunity event %s already processed", event.eventId());
      return;
    }
    Instant occurredAt = occurredAt(event.occurredAt());
    OpportunityEntity opportunity = OpportunityEntity.findById(event.opportunityId());
    if (opportunity != null && occurredAt.isBefore(opportunity.sourceAt)) {
      LOG.debugf("Opportunity event %s is older than the stored one; ignored", event.eventId());
      return;
    }
    if (OpportunityEvent.DELETED.equals(event.type())) {
      if (opportunity != null) {
        if (opportunity.won) {
          rollups.markAccountDirty(opportunity.accountId);
        }
        opportunity.delete();
      }
      return;
    }
    String previousAccount = null;
    boolean counted = false;
    if (opportunity == null) {
      opportunity = new OpportunityEntity();
      opportunity.id = event.opportunityId();
    } else {
      previousAccount = opportunity.accountId;
      counted = opportunity.won;
    }
    boolean relevantChange =
        counted != event.won()
            || !Objects.equals(previousAccount, event.accountId())
            || !sameAmount(opportunity.amount, event.amount())
            || !Objects.equals(opportunity.currency, event.currency());
    opportunity.accountId = event.accountId();
    opportunity.amount = event.amount();
    opportunity.currency = event.currency();
    opportunity.closeDate = event.closeDate();
    opportunity.won = event.won();
    opportunity.sourceAt = occurredAt;
    opportunity.updatedAt = Instant.now();
    opportunity.persist();

    if (relevantChange && (counted || event.won())) {
      if (counted) {
        rollups.markAccountDirty(previousAccount);
      }
      if (event.won()) {
        rollups.markAccountDirty(event.accountId());
      }
    }
  }

  private static boolean sameAmount(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static Instant occurredAt(Instant occurredAt) {
    return occurredAt == null ? Instant.now() : occurredAt;
  }

  private static void require(String value, String field, UUID eventId) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Event " + eventId + " has no " + field);
    }
  }
}
