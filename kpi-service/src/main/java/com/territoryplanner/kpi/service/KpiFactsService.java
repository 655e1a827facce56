package com.territoryplanner.kpi.service;

import com.territoryplanner.contracts.ActivityEvent;
import com.territoryplanner.contracts.AssignmentEvent;
import com.territoryplanner.contracts.LeadEvent;
import com.territoryplanner.contracts.OpportunityEvent;
import com.territoryplanner.contracts.RevenueEvent;
import com.territoryplanner.contracts.SegmentEvent;
import com.territoryplanner.contracts.SpendEvent;
import com.territoryplanner.kpi.config.KpiConfig;
import com.territoryplanner.kpi.domain.ActivityFact;
import com.territoryplanner.kpi.domain.LeadFact;
import com.territoryplanner.kpi.domain.OpportunityFact;
import com.territoryplanner.kpi.domain.OwnerFact;
import com.territoryplanner.kpi.domain.RevenueFact;
import com.territoryplanner.kpi.domain.SegmentFact;
import com.territoryplanner.kpi.domain.SpendFact;
import com.territoryplanner.kpi.repository.AccountSegmentEntity;
import com.territoryplanner.kpi.repository.FactStore;
import com.territoryplanner.kpi.repository.OpportunityFacts;
import com.territoryplanner.kpi.repository.OwnerPeriods;
import com.territoryplanner.platform.messaging.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the facts rollups are computed from: each account's owners over time, its segment, and each
 * opportunity (an OpportunityDeleted event removes it, and its figures with it). The facts of an
 * event or a batch, their idempotency records and the dirty marks of the accounts whose deals must
 * be credited again commit together; {@link RollupService} credits and recomputes, so a burst of
 * events costs one recomputation per territory.
 */
@ApplicationScoped
public class KpiFactsService {

  /** Beyond what the opportunity table stores (numeric(19, 4)). */
  private static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1e15");

  private final ProcessedEvents processed;
  private final OwnerPeriods owners;
  private final OpportunityFacts opportunities;
  private final FactStore store;
  private final KpiConfig config;

  KpiFactsService(
      ProcessedEvents processed,
      OwnerPeriods owners,
      OpportunityFacts opportunities,
      FactStore store,
      KpiConfig config) {
    this.processed = processed;
    this.owners = owners;
    this.opportunities = opportunities;
    this.store = store;
    this.config = config;
  }

  /**
   * A batch of assignment events in one transaction; each must have passed {@link #factOf}. A
   * redelivered event and one older than what is stored change nothing.
   */
  @Transactional
  public void accountsAssigned(List<OwnerFact> facts) {
    owners.record(facts);
  }

  /**
   * Checks an assignment event and states it as a fact: the owner from its effective date (the day
   * it happened when it has none). A fault is an IllegalArgumentException.
   */
  public static OwnerFact factOf(AssignmentEvent event) {
    requireEventId("Assignment", event.eventId());
    require(event.accountId(), "accountId", event.eventId());
    if (event.territoryId() == null) {
      throw new IllegalArgumentException(
          "Assignment event " + event.eventId() + " has no territoryId");
    }
    Instant occurredAt = occurredAt(event.occurredAt());
    return new OwnerFact(
        event.eventId(),
        occurredAt,
        event.accountId(),
        event.effectiveFrom() == null
            ? occurredAt.atZone(ZoneOffset.UTC).toLocalDate()
            : event.effectiveFrom(),
        event.territoryId(),
        event.territoryName() == null ? "" : event.territoryName(),
        event.repId(),
        event.planId());
  }

  /**
   * A batch of segment events in one transaction; each must have passed {@link #factOf}. A
   * redelivered event and one older than what is stored change nothing.
   */
  @Transactional
  public void segmentsChanged(List<SegmentFact> facts) {
    for (SegmentFact fact : processed.firstDelivered(facts, SegmentFact::eventId)) {
      AccountSegmentEntity.record(
          fact.accountId(),
          fact.segment(),
          fact.potential(),
          fact.potentialCurrency(),
          fact.occurredAt());
    }
  }

  public static SegmentFact factOf(SegmentEvent event) {
    requireEventId("Segment", event.eventId());
    require(event.accountId(), "accountId", event.eventId());
    checkLimit(event.potential(), "a potential", event.eventId());
    return new SegmentFact(
        event.eventId(),
        occurredAt(event.occurredAt()),
        event.accountId(),
        event.segment(),
        event.potential(),
        event.currency());
  }

  /**
   * A batch of opportunity events in one transaction, each credited as it is written; each must
   * have passed {@link #factOf}. A redelivered event and one older than what is stored change
   * nothing.
   */
  @Transactional
  public void opportunitiesChanged(List<OpportunityFact> facts) {
    opportunities.write(facts, config.crediting());
  }

  /**
   * Checks an opportunity event and states it as a fact; a fault is an IllegalArgumentException.
   */
  public static OpportunityFact factOf(OpportunityEvent event) {
    requireEventId("Opportunity", event.eventId());
    require(event.opportunityId(), "opportunityId", event.eventId());
    require(event.accountId(), "accountId", event.eventId());
    require(event.currency(), "currency", event.eventId());
    checkLimit(event.amount(), "an amount", event.eventId());
    return new OpportunityFact(
        event.eventId(),
        occurredAt(event.occurredAt()),
        OpportunityEvent.DELETED.equals(event.type()),
        event.opportunityId(),
        event.accountId(),
        event.amount(),
        event.currency(),
        event.createdDate(),
        event.closeDate(),
        event.closed() || event.won(),
        event.won());
  }

  /** A batch of revenue line events in one transaction; each must have passed {@link #factOf}. */
  @Transactional
  public int revenueChanged(List<RevenueFact> facts) {
    return store.revenue(facts);
  }

  /** A batch of activity events in one transaction; each must have passed {@link #factOf}. */
  @Transactional
  public int activitiesChanged(List<ActivityFact> facts) {
    return store.activities(facts);
  }

  /** A batch of lead events in one transaction; each must have passed {@link #factOf}. */
  @Transactional
  public int leadsChanged(List<LeadFact> facts) {
    return store.leads(facts);
  }

  /** A batch of spend events in one transaction; each must have passed {@link #factOf}. */
  @Transactional
  public int spendChanged(List<SpendFact> facts) {
    return store.spend(facts);
  }

  /** A revenue line's margin is the event's, else its amount less its cost, else unknown. */
  public static RevenueFact factOf(RevenueEvent event) {
    requireEventId("Revenue", event.eventId());
    require(event.revenueLineId(), "revenueLineId", event.eventId());
    require(event.accountId(), "accountId", event.eventId());
    require(event.currency(), "currency", event.eventId());
    require(event.date(), "date", event.eventId());
    requireAmount(event.amount(), event.eventId());
    BigDecimal margin = event.margin();
    if (margin == null && event.cost() != null) {
      margin = event.amount().subtract(event.cost());
    }
    checkLimit(margin, "a margin", event.eventId());
    return new RevenueFact(
        event.eventId(),
        occurredAt(event.occurredAt()),
        RevenueEvent.DELETED.equals(event.type()),
        event.revenueLineId(),
        event.accountId(),
        event.date(),
        event.productLine(),
        event.amount(),
        margin,
        event.currency());
  }

  public static ActivityFact factOf(ActivityEvent event) {
    requireEventId("Activity", event.eventId());
    require(event.activityId(), "activityId", event.eventId());
    require(event.accountId(), "accountId", event.eventId());
    require(event.date(), "date", event.eventId());
    if (event.durationMinutes() != null && event.durationMinutes() < 0) {
      throw new IllegalArgumentException(
          "Event " + event.eventId() + " has a negative duration: " + event.durationMinutes());
    }
    return new ActivityFact(
        event.eventId(),
        occurredAt(event.occurredAt()),
        ActivityEvent.DELETED.equals(event.type()),
        event.activityId(),
        event.accountId(),
        event.date(),
        event.activityType(),
        event.durationMinutes());
  }

  /** A lead without a created date is kept but never counted: its period is unknown. */
  public static LeadFact factOf(LeadEvent event) {
    requireEventId("Lead", event.eventId());
    require(event.leadId(), "leadId", event.eventId());
    return new LeadFact(
        event.eventId(),
        occurredAt(event.occurredAt()),
        LeadEvent.DELETED.equals(event.type()),
        event.leadId(),
        event.leadSource(),
        event.createdDate(),
        event.converted(),
        event.convertedDate(),
        event.convertedAccountId());
  }

  /** A spend without an end falls on its start day. */
  public static SpendFact factOf(SpendEvent event) {
    requireEventId("Spend", event.eventId());
    require(event.spendId(), "spendId", event.eventId());
    require(event.currency(), "currency", event.eventId());
    require(event.periodStart(), "periodStart", event.eventId());
    requireAmount(event.amount(), event.eventId());
    LocalDate end = event.periodEnd() == null ? event.periodStart() : event.periodEnd();
    if (end.isBefore(event.periodStart())) {
      throw new IllegalArgumentException(
          "Event " + event.eventId() + " ends its period before it starts: " + end);
    }
    return new SpendFact(
        event.eventId(),
        occurredAt(event.occurredAt()),
        false,
        event.spendId(),
        event.periodStart(),
        end,
        event.amount(),
        event.currency(),
        event.channel());
  }

  private static void requireAmount(BigDecimal amount, UUID eventId) {
    require(amount, "amount", eventId);
    checkLimit(amount, "an amount", eventId);
  }

  /** A money figure, when given, within what the tables store; {@code what} names it. */
  private static void checkLimit(BigDecimal value, String what, UUID eventId) {
    if (value != null && value.abs().compareTo(AMOUNT_LIMIT) >= 0) {
      throw new IllegalArgumentException(
          "Event " + eventId + " has " + what + " beyond 10^15: " + value);
    }
  }

  private static Instant occurredAt(Instant occurredAt) {
    return occurredAt == null ? Instant.now() : occurredAt;
  }

  private static void requireEventId(String kind, UUID eventId) {
    if (eventId == null) {
      throw new IllegalArgumentException(kind + " event has no eventId");
    }
  }

  /** A field the event must carry: not null, and not blank when it is text. */
  private static void require(Object value, String field, UUID eventId) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      throw new IllegalArgumentException("Event " + eventId + " has no " + field);
    }
  }
}
