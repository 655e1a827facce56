package com.territoryplanner.segmentation.service;

import com.territoryplanner.contracts.AccountEvent;
import com.territoryplanner.platform.messaging.ProcessedEvents;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import com.territoryplanner.segmentation.config.PotentialConfig;
import com.territoryplanner.segmentation.domain.AccountProfile;
import com.territoryplanner.segmentation.domain.AccountSegment;
import com.territoryplanner.segmentation.domain.HeatCell;
import com.territoryplanner.segmentation.domain.HexGrid;
import com.territoryplanner.segmentation.domain.HotSpot;
import com.territoryplanner.segmentation.domain.HotSpots;
import com.territoryplanner.segmentation.domain.PotentialModel;
import com.territoryplanner.segmentation.domain.RegionalGrowth;
import com.territoryplanner.segmentation.domain.Segmentation;
import com.territoryplanner.segmentation.domain.TierSummary;
import com.territoryplanner.segmentation.messaging.SegmentEvents;
import com.territoryplanner.segmentation.repository.AccountFacts;
import com.territoryplanner.segmentation.repository.AccountLocks;
import com.territoryplanner.segmentation.repository.AccountSegmentEntity;
import com.territoryplanner.segmentation.repository.SegmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Keeps each account's segment current. A batch of account events is one transaction: the
 * idempotency records, the stored segments and, for each account whose potential, tier, currency or
 * segment in the active model changed, the {@code AccountSegmentChanged} event commit together.
 */
@ApplicationScoped
public class SegmentationService {

  private static final Logger LOG = Logger.getLogger(SegmentationService.class);

  private final ProcessedEvents processed;
  private final SegmentEvents events;
  private final SegmentRepository segments;
  private final AccountFacts facts;
  private final SegmentModels models;
  private final PotentialConfig potential;
  private final PotentialModel potentialModel;
  private final AccountLocks locks;

  SegmentationService(
      ProcessedEvents processed,
      SegmentEvents events,
      SegmentRepository segments,
      AccountFacts facts,
      SegmentModels models,
      PotentialConfig potential,
      PotentialModel potentialModel,
      AccountLocks locks) {
    this.processed = processed;
    this.events = events;
    this.segments = segments;
    this.facts = facts;
    this.models = models;
    this.potential = potential;
    this.potentialModel = potentialModel;
    this.locks = locks;
  }

  /**
   * A poll's account events in one transaction; each must have passed {@link #checked}. A
   * redelivered event and one older than the stored segment change nothing.
   */
  @Transactional
  public void accountsChanged(List<AccountEvent> events) {
    // the batch's accounts at once and in one order, so that no other batch deadlocks with it
    lockAccounts(events.stream().map(AccountEvent::accountId).toList());
    List<AccountEvent> fresh = processed.firstDelivered(events, AccountEvent::eventId);
    if (fresh.size() < events.size()) {
      LOG.debugf(
          "%d of %d account events already processed", events.size() - fresh.size(), events.size());
    }
    fresh.forEach(this::accountChanged);
  }

  /** Checks an account event; a fault is an IllegalArgumentException. */
  public static AccountEvent checked(AccountEvent event) {
    if (event.eventId() == null) {
      throw new IllegalArgumentException("Account event has no eventId");
    }
    if (event.accountId() == null || event.accountId().isBlank()) {
      throw new IllegalArgumentException("Account event " + event.eventId() + " has no accountId");
    }
    return event;
  }

  private void accountChanged(AccountEvent event) {
    Instant occurredAt = event.occurredAt() == null ? Instant.now() : event.occurredAt();
    AccountSegmentEntity segment = AccountSegmentEntity.findById(event.accountId());
    if (segment != null && occurredAt.isBefore(segment.sourceAt)) {
      LOG.debugf("Account event %s is older than the stored segment; ignored", event.eventId());
      return;
    }
    if (AccountEvent.DELETED.equals(event.type())) {
      // the planning copy learns of the deletion from the same event; no segment event needed
      if (segment != null) {
        segment.delete();
      }
      return;
    }
    AccountProfile profile =
        new AccountProfile(
            event.naics(), event.employees(), event.annualRevenue(), event.currency());
    if (segment == null) {
      segment = new AccountSegmentEntity();
      segment.accountId = event.accountId();
    }
    segment.employees = event.employees();
    segment.country = event.country();
    segment.postalCode = event.postalCode();
    segment.naics = event.naics();
    segment.sic = event.sic();
    segment.annualRevenue = event.annualRevenue();
    segment.accountType = event.accountType();
    segment.locate(event.latitude(), event.longitude());
    segment.sourceAt = occurredAt;
    assess(segment, profile);
  }

  /** Takes these accounts' locks until the caller's transaction ends ({@link AccountLocks}). */
  public void lockAccounts(Collection<String> accountIds) {
    locks.lock(accountIds);
  }

  /**
   * Assesses again the segmented ones among these accounts, whose spend changed; publishes those
   * whose segment changed. In the caller's transaction.
   */
  public void spendChanged(Collection<String> accountIds) {
    // after the caller wrote the spend: an account assessed meanwhile has committed and is found
    locks.lock(accountIds);
    for (String accountId : accountIds) {
      AccountSegmentEntity segment = AccountSegmentEntity.findById(accountId);
      if (segment != null) {
        reassess(segment);
      }
    }
  }

  /**
   * Assesses a stored account again from what is known of it now; publishes when its segment
   * changed. In the caller's transaction.
   */
  public void reassess(AccountSegmentEntity segment) {
    assess(segment, segment.profile());
  }

  /**
   * Assesses the account's potential and places it in the active model; publishes when potential,
   * tier, currency or segment changed.
   */
  private void assess(AccountSegmentEntity segment, AccountProfile profile) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    BigDecimal spend =
        facts.spend12Months(segment.accountId, PotentialModel.currency(profile.currency()), today);
    Integer competitors =
        segment.h3R6 == null ? null : facts.competitorsIn(HexGrid.neighbourhood(segment.h3R6));
    RegionalGrowth growth =
        facts
            .growth(
                potential.growthIndicator(),
                RegionalGrowth.regionsOf(segment.country, segment.postalCode))
            .orElse(null);
    Segmentation assessed = potentialModel.assess(profile, spend, competitors, growth);
    boolean publish =
        !segment.isPersistent()
            || assessed.isPublishableChangeFrom(
                segment.sizeTier, segment.potential, segment.currency);
    segment.apply(assessed);
    String previousSegment = segment.segment;
    models
        .active()
        .ifPresentOrElse(
            model -> {
              segment.segment =
                  model.segmentOf(
                      segment.toSegmented(models.productLines(model, segment.accountId)));
              segment.segmentModel = model.versionTag();
            },
            () -> {
              segment.segment = null;
              segment.segmentModel = null;
            });
    publish |= !Objects.equals(previousSegment, segment.segment);
    segment.updatedAt = Instant.now();
    segments.store(segment);
    if (publish) {
      events.segmentsChanged(List.of(segment.toChange()));
    }
  }

  /**
   * Assesses again the accounts near a competitor location that appeared, moved or left (its
   * resolution-6 cells before and after, either null). In the caller's transaction.
   */
  public void competitorMoved(Long before, Long after) {
    Set<Long> cells = new HashSet<>();
    for (Long cell : new Long[] {before, after}) {
      if (cell != null) {
        cells.addAll(HexGrid.neighbourhood(cell));
      }
    }
    if (cells.isEmpty() || Objects.equals(before, after)) {
      return;
    }
    AccountSegmentEntity.inCells(cells).forEach(this::reassess);
  }

  public AccountSegment segment(String accountId) {
    return AccountSegmentEntity.<AccountSegmentEntity>findByIdOptional(accountId)
        .map(AccountSegmentEntity::toView)
        .orElseThrow(() -> ApiProblem.notFound("Segment of account", accountId));
  }

  public List<TierSummary> summary() {
    return segments.summary();
  }

  /**
   * The accounts, competitors and leads created since a day inside a bounding box, by H3 cell at
   * one of {@link HexGrid#RESOLUTIONS}.
   */
  @Transactional
  public List<HeatCell> heatMap(
      int resolution,
      double minLon,
      double minLat,
      double maxLon,
      double maxLat,
      LocalDate leadsSince) {
    checkResolution(resolution);
    return segments.heatMap(resolution, minLon, minLat, maxLon, maxLat, leadsSince);
  }

  /** The hot spots of the heat map of a bounding box ({@link HotSpots}). */
  @Transactional
  public List<HotSpot> hotSpots(
      int resolution,
      double minLon,
      double minLat,
      double maxLon,
      double maxLat,
      String currency,
      BigDecimal capacity,
      double minCellShare) {
    checkResolution(resolution);
    return HotSpots.find(
        segments.heatMap(resolution, minLon, minLat, maxLon, maxLat, LocalDate.now(ZoneOffset.UTC)),
        currency,
        capacity,
        minCellShare);
  }

  private static void checkResolution(int resolution) {
    if (!HexGrid.RESOLUTIONS.contains(resolution)) {
      throw ApiProblem.invalid(
          "Unsupported resolution",
          List.of(
              Violation.field(
                  "resolution", "must be one of " + HexGrid.RESOLUTIONS + ": " + resolution)));
    }
  }
}
