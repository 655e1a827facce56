package com.territoryplanner.segmentation.service;

import com.territoryplanner.contracts.ActivityEvent;
import com.territoryplanner.contracts.DomainEvent;
import com.territoryplanner.contracts.LeadEvent;
import com.territoryplanner.contracts.MarketEvent;
import com.territoryplanner.contracts.OpportunityEvent;
import com.territoryplanner.contracts.RevenueEvent;
import com.territoryplanner.platform.messaging.ProcessedEvents;
import com.territoryplanner.segmentation.config.FeatureConfig;
import com.territoryplanner.segmentation.config.PotentialConfig;
import com.territoryplanner.segmentation.domain.AccountFeatures;
import com.territoryplanner.segmentation.domain.AccountFeatures.ProductPenetration;
import com.territoryplanner.segmentation.domain.FirmographicCount;
import com.territoryplanner.segmentation.domain.HexGrid;
import com.territoryplanner.segmentation.domain.LeadConversion;
import com.territoryplanner.segmentation.domain.LifetimeValue;
import com.territoryplanner.segmentation.domain.MarketArea;
import com.territoryplanner.segmentation.domain.PotentialModel;
import com.territoryplanner.segmentation.domain.RegionalGrowth;
import com.territoryplanner.segmentation.domain.WinLoss;
import com.territoryplanner.segmentation.repository.AccountFacts;
import com.territoryplanner.segmentation.repository.AccountFacts.Fact;
import com.territoryplanner.segmentation.repository.ReassessmentQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Keeps the facts of each account from ingest's events (a poll's events, one transaction with their
 * idempotency records; a duplicated event changes nothing, an older one never overwrites a newer)
 * and computes the account's features from them.
 */
@ApplicationScoped
public class AccountFeaturesService {

  private final ProcessedEvents processed;
  private final AccountFacts facts;
  private final SegmentationService segmentation;
  private final FeatureConfig config;
  private final LifetimeValue lifetimeValue;
  private final PotentialConfig potential;
  private final ReassessmentQueue reassessments;
  private final PotentialModel potentialModel;

  AccountFeaturesService(
      ProcessedEvents processed,
      AccountFacts facts,
      SegmentationService segmentation,
      FeatureConfig config,
      PotentialConfig potential,
      ReassessmentQueue reassessments,
      PotentialModel potentialModel) {
    this.processed = processed;
    this.facts = facts;
    this.segmentation = segmentation;
    this.config = config;
    this.potential = potential;
    this.reassessments = reassessments;
    this.potentialModel = potentialModel;
    this.lifetimeValue = new LifetimeValue(config.retention(), config.discountRate());
  }

  /**
   * A poll's revenue lines in one transaction. The accounts whose spend is assessed again (those of
   * the lines, and those the stored lines leave) are locked at once and in one order, so that no
   * two transactions deadlock on them.
   */
  @Transactional
  public void revenueLinesChanged(List<RevenueEvent> events) {
    Set<String> accounts = new HashSet<>();
    events.stream().map(RevenueEvent::accountId).filter(Objects::nonNull).forEach(accounts::add);
    accounts.addAll(
        facts.revenueAccountsOf(
            events.stream().map(RevenueEvent::source).toList(),
            events.stream().map(RevenueEvent::revenueLineId).toList()));
    segmentation.lockAccounts(accounts);
    processed.firstDelivered(events, RevenueEvent::eventId).forEach(this::revenueLineChanged);
  }

  /** A poll's opportunities in one transaction. */
  @Transactional
  public void opportunitiesChanged(List<OpportunityEvent> events) {
    processed.firstDelivered(events, OpportunityEvent::eventId).forEach(this::opportunityChanged);
  }

  /** A poll's activities in one transaction. */
  @Transactional
  public void activitiesChanged(List<ActivityEvent> events) {
    processed.firstDelivered(events, ActivityEvent::eventId).forEach(this::activityChanged);
  }

  /** A poll's leads in one transaction. */
  @Transactional
  public void leadsChanged(List<LeadEvent> events) {
    processed.firstDelivered(events, LeadEvent::eventId).forEach(this::leadChanged);
  }

  /** A poll's market records in one transaction; a competitor reassesses the accounts near it. */
  @Transactional
  public void marketChanged(List<MarketEvent> events) {
    processed.firstDelivered(events, MarketEvent::eventId).forEach(this::marketChanged);
  }

  private void revenueLineChanged(RevenueEvent event) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("source", event.source());
    row.put("id", event.revenueLineId());
    row.put("account_id", event.accountId());
    row.put("line_date", event.date());
    row.put("product_line", event.productLine());
    row.put("amount", event.amount());
    row.put("margin", event.margin());
    row.put("currency", event.currency());
    // the spend of the line's account changes, and of the account it leaves when it moves
    String before = facts.accountOf(Fact.REVENUE, event.source(), event.revenueLineId());
    apply(event, Fact.REVENUE, RevenueEvent.DELETED, event.source(), event.revenueLineId(), row);
    segmentation.spendChanged(
        before == null || before.equals(event.accountId())
            ? List.of(event.accountId())
            : List.of(event.accountId(), before));
  }

  private void opportunityChanged(OpportunityEvent event) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", event.opportunityId());
    row.put("account_id", event.accountId());
    row.put("amount", event.amount());
    row.put("currency", event.currency());
    row.put("created_date", event.createdDate());
    row.put("close_date", event.closeDate());
    row.put("closed", event.closed());
    row.put("won", event.won());
    row.put("loss_reason", event.lossReason());
    apply(event, Fact.OPPORTUNITY, OpportunityEvent.DELETED, null, event.opportunityId(), row);
  }

  private void activityChanged(ActivityEvent event) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("source", event.source());
    row.put("id", event.activityId());
    row.put("account_id", event.accountId());
    row.put("activity_type", event.activityType());
    row.put("activity_date", event.date());
    apply(event, Fact.ACTIVITY, ActivityEvent.DELETED, event.source(), event.activityId(), row);
  }

  private void leadChanged(LeadEvent event) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("source", event.source());
    row.put("id", event.leadId());
    row.put("lead_source", event.leadSource());
    row.put("converted", event.converted());
    row.put("created_date", event.createdDate());
    putLocation(row, event.latitude(), event.longitude());
    apply(event, Fact.LEAD, LeadEvent.DELETED, event.source(), event.leadId(), row);
  }

  /**
   * Firmographic counts, competitor locations that have coordinates (for the heat map and
   * saturation) and economic indicators (for growth) are kept.
   */
  private void marketChanged(MarketEvent event) {
    if (MarketEvent.COMPETITOR_LOCATION.equals(event.type())) {
      competitorLocated(event);
      return;
    }
    if (MarketEvent.ECONOMIC_INDICATOR.equals(event.type())) {
      indicatorChanged(event);
      return;
    }
    if (!MarketEvent.FIRMOGRAPHIC_COUNT.equals(event.type())) {
      return;
    }
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("source", event.source());
    row.put("id", event.marketRecordId());
    row.put("country", event.country());
    row.put("postal_code", event.postalCode());
    row.put("naics", event.naics());
    row.put("companies", event.companies());
    row.put("employees", event.employees());
    row.put("revenue", event.revenue());
    row.put("currency", event.currency());
    row.put("latitude", event.latitude());
    row.put("longitude", event.longitude());
    apply(event, Fact.MARKET, null, event.source(), event.marketRecordId(), row);
  }

  /**
   * Keeps the indicator; when it is the growth indicator, its region's accounts are re-assessed.
   */
  private void indicatorChanged(MarketEvent event) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("source", event.source());
    row.put("id", event.marketRecordId());
    row.put("region", event.region());
    row.put("indicator", event.indicator());
    row.put("period", event.period());
    row.put("value", event.value());
    row.put("unit", event.unit());
    apply(event, Fact.INDICATOR, null, event.source(), event.marketRecordId(), row);
    if (potential.growthIndicator().equals(event.indicator())) {
      reassessments.enqueue(event.region());
    }
  }

  private void competitorLocated(MarketEvent event) {
    if (event.latitude() == null || event.longitude() == null) {
      return;
    }
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("source", event.source());
    row.put("id", event.marketRecordId());
    row.put("competitor", event.competitor());
    row.put("country", RegionalGrowth.countryCode(event.country()));
    row.put("postal_code", event.postalCode() == null ? null : event.postalCode().strip());
    putLocation(row, event.latitude(), event.longitude());
    // the accounts near where it was and near where it is now see a different saturation
    Long before = facts.competitorCell(event.source(), event.marketRecordId());
    apply(event, Fact.COMPETITOR, null, event.source(), event.marketRecordId(), row);
    segmentation.competitorMoved(before, (Long) row.get("h3_r6"));
  }

  /** A fact's location and its heat-map cells, all null when it has none. */
  private static void putLocation(Map<String, Object> row, Double latitude, Double longitude) {
    boolean placed = latitude != null && longitude != null;
    row.put("latitude", placed ? latitude : null);
    row.put("longitude", placed ? longitude : null);
    for (int resolution : HexGrid.RESOLUTIONS) {
      row.put("h3_r" + resolution, placed ? HexGrid.cell(latitude, longitude, resolution) : null);
    }
  }

  /**
   * The market by postal code, country or sector: companies and total addressable market per
   * currency ({@link FirmographicCount#addressableMarket(PotentialModel)}), and for a place its
   * competitors and growth. Lists the areas that have firmographic counts.
   */
  @Transactional
  public List<MarketArea> market(String country, MarketArea.Grouping grouping) {
    Map<String, AreaTally> areas = new TreeMap<>();
    facts.firmographics(
        country,
        count ->
            areas
                .computeIfAbsent(
                    grouping.keyOf(count), key -> new AreaTally(grouping.regionsOf(count)))
                .add(count, potentialModel));
    boolean places = grouping != MarketArea.Grouping.SECTOR;
    Map<String, Long> competitors = places ? facts.competitorsPerRegion(country) : Map.of();
    Map<String, RegionalGrowth> growth =
        places ? facts.latestGrowth(potential.growthIndicator()) : Map.of();
    return areas.entrySet().stream()
        .map(area -> area.getValue().toArea(area.getKey(), competitors, growth))
        .toList();
  }

  /**
   * One area's firmographic counts added up, and its regions (most specific first; a sector none).
   */
  private static final class AreaTally {

    private final List<String> regions;
    private final Map<String, BigDecimal> addressableMarket = new TreeMap<>();
    private long companies;

    AreaTally(List<String> regions) {
      this.regions = regions;
    }

    void add(FirmographicCount count, PotentialModel model) {
      companies += count.companies();
      addressableMarket.merge(count.currency(), count.addressableMarket(model), BigDecimal::add);
    }

    MarketArea toArea(
        String key, Map<String, Long> competitors, Map<String, RegionalGrowth> growth) {
      if (regions.isEmpty()) {
        return MarketArea.ofSector(key, companies, addressableMarket);
      }
      return MarketArea.ofPlace(
          key,
          companies,
          addressableMarket,
          competitors.getOrDefault(regions.get(0), 0L),
          regions.stream().map(growth::get).filter(Objects::nonNull).findFirst().orElse(null));
    }
  }

  @Transactional
  public AccountFeatures features(String accountId, LocalDate asOf) {
    WinLoss deals =
        facts.winLoss(accountId, WinLoss.Grouping.ALL, asOf).stream()
            .findFirst()
            .orElse(new WinLoss(null, 0, 0, null, null, Map.of()));
    return new AccountFeatures(
        accountId,
        asOf,
        facts.revenue(accountId, asOf, lifetimeValue),
        deals.closed(),
        deals.won(),
        deals.winRate(),
        deals.averageSalesCycleDays(),
        deals.lossReasons(),
        facts.openPipeline(accountId),
        ProductPenetration.of(facts.productLines(accountId, asOf), facts.productLines(null, asOf)),
        config.engagementDays(),
        facts.activities(accountId, asOf, config.engagementDays()));
  }

  @Transactional
  public List<WinLoss> winLoss(WinLoss.Grouping grouping, LocalDate asOf) {
    return facts.winLoss(null, grouping, asOf);
  }

  @Transactional
  public List<LeadConversion> leadConversion() {
    return facts.leadConversion();
  }

  /** Writes or deletes the fact of an event processed for the first time. */
  private void apply(
      DomainEvent event,
      Fact fact,
      String deleted,
      String source,
      String id,
      Map<String, Object> row) {
    // a missing required field fails the insert: the event goes to the dead-letter topic
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("Event " + event.eventId() + " has no record id");
    }
    Instant at = event.occurredAt() == null ? Instant.now() : event.occurredAt();
    if (event.type().equals(deleted)) {
      facts.delete(fact, source, id, at);
    } else {
      facts.write(fact, row, at);
    }
  }
}
