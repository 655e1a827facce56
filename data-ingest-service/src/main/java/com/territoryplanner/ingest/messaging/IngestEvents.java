package com.territoryplanner.ingest.messaging;

import com.territoryplanner.contracts.AccountEvent;
import com.territoryplanner.contracts.ActivityEvent;
import com.territoryplanner.contracts.GeographyEvent;
import com.territoryplanner.contracts.LeadEvent;
import com.territoryplanner.contracts.MarketEvent;
import com.territoryplanner.contracts.OpportunityEvent;
import com.territoryplanner.contracts.RevenueEvent;
import com.territoryplanner.contracts.SpendEvent;
import com.territoryplanner.contracts.Topics;
import com.territoryplanner.contracts.UserEvent;
import com.territoryplanner.ingest.domain.AccountRecord;
import com.territoryplanner.ingest.domain.ActivityRecord;
import com.territoryplanner.ingest.domain.CompetitorLocation;
import com.territoryplanner.ingest.domain.EconomicIndicator;
import com.territoryplanner.ingest.domain.FirmographicCount;
import com.territoryplanner.ingest.domain.GoldenAccount;
import com.territoryplanner.ingest.domain.LeadRecord;
import com.territoryplanner.ingest.domain.OpportunityRecord;
import com.territoryplanner.ingest.domain.RevenueLineRecord;
import com.territoryplanner.ingest.domain.SpendRecord;
import com.territoryplanner.ingest.domain.UserRecord;
import com.territoryplanner.ingest.repository.GeographyRepository.StoredUnit;
import com.territoryplanner.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The events ingest publishes, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class IngestEvents {

  private final Outbox outbox;

  IngestEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  public void accountsUpserted(List<GoldenAccount> accounts, String source, Instant at) {
    outbox.appendAll(
        Topics.ACCOUNTS,
        accounts.stream()
            .map(account -> accountEvent(AccountEvent.UPSERTED, account, source, at))
            .toList());
  }

  public void accountDeleted(GoldenAccount account, String source, Instant at) {
    outbox.append(Topics.ACCOUNTS, accountEvent(AccountEvent.DELETED, account, source, at));
  }

  private static AccountEvent accountEvent(
      String type, GoldenAccount golden, String source, Instant at) {
    AccountRecord account = golden.account();
    return new AccountEvent(
        UUID.randomUUID(),
        type,
        at,
        AccountEvent.SCHEMA_VERSION,
        account.id(),
        source,
        account.name(),
        account.postalCode(),
        account.country(),
        account.latitude(),
        account.longitude(),
        account.naics(),
        account.employees(),
        account.annualRevenue(),
        account.currency(),
        account.industry(),
        account.sic(),
        account.website(),
        account.ownerId(),
        account.type(),
        account.locationSource(),
        golden.sources().stream()
            .map(linked -> new AccountEvent.SourceRecord(linked.source(), linked.record().id()))
            .toList());
  }

  public void leads(String type, List<LeadRecord> leads, String source, Instant at) {
    outbox.appendAll(
        Topics.LEADS,
        leads.stream()
            .map(
                lead ->
                    new LeadEvent(
                        UUID.randomUUID(),
                        type,
                        at,
                        LeadEvent.SCHEMA_VERSION,
                        lead.id(),
                        source,
                        lead.company(),
                        lead.leadSource(),
                        lead.status(),
                        lead.converted(),
                        lead.convertedAccountId(),
                        lead.createdDate(),
                        lead.convertedDate(),
                        lead.postalCode(),
                        lead.country(),
                        lead.ownerId(),
                        lead.latitude(),
                        lead.longitude()))
            .toList());
  }

  public void opportunities(String type, List<OpportunityRecord> opportunities, Instant at) {
    outbox.appendAll(
        Topics.OPPORTUNITIES,
        opportunities.stream()
            .map(
                opportunity ->
                    new OpportunityEvent(
                        UUID.randomUUID(),
                        type,
                        at,
                        OpportunityEvent.SCHEMA_VERSION,
                        opportunity.id(),
                        opportunity.accountId(),
                        opportunity.stage(),
                        opportunity.amount(),
                        opportunity.currency(),
                        opportunity.closeDate(),
                        opportunity.closed(),
                        opportunity.won(),
                        opportunity.createdDate(),
                        opportunity.leadSource(),
                        opportunity.ownerId(),
                        opportunity.lossReason()))
            .toList());
  }

  public void revenueLines(String type, List<RevenueLineRecord> lines, String source, Instant at) {
    outbox.appendAll(
        Topics.REVENUE,
        lines.stream()
            .map(
                line ->
                    new RevenueEvent(
                        UUID.randomUUID(),
                        type,
                        at,
                        RevenueEvent.SCHEMA_VERSION,
                        line.id(),
                        line.accountId(),
                        source,
                        line.date(),
                        line.productLine(),
                        line.amount(),
                        line.cost(),
                        line.margin(),
                        line.currency()))
            .toList());
  }

  public void activities(String type, List<ActivityRecord> activities, String source, Instant at) {
    outbox.appendAll(
        Topics.ACTIVITIES,
        activities.stream()
            .map(
                activity ->
                    new ActivityEvent(
                        UUID.randomUUID(),
                        type,
                        at,
                        ActivityEvent.SCHEMA_VERSION,
                        activity.id(),
                        activity.accountId(),
                        source,
                        activity.type(),
                        activity.date(),
                        activity.ownerId(),
                        activity.durationMinutes(),
                        activity.subject()))
            .toList());
  }

  public void spendUpserted(List<SpendRecord> spend, String source, Instant at) {
    outbox.appendAll(
        Topics.SPEND,
        spend.stream()
            .map(
                record ->
                    new SpendEvent(
                        UUID.randomUUID(),
                        SpendEvent.UPSERTED,
                        at,
                        SpendEvent.SCHEMA_VERSION,
                        record.id(),
                        source,
                        record.campaign(),
                        record.channel(),
                        record.periodStart(),
                        record.periodEnd(),
                        record.amount(),
                        record.currency(),
                        record.country(),
                        record.postalCode()))
            .toList());
  }

  public void firmographicsUpserted(List<FirmographicCount> counts, String source, Instant at) {
    outbox.appendAll(
        Topics.MARKET,
        counts.stream()
            .map(
                count ->
                    MarketEvent.firmographicCount(
                        at,
                        count.key(),
                        source,
                        count.country(),
                        count.postalCode(),
                        count.naics(),
                        count.companies(),
                        count.employees(),
                        count.revenue(),
                        count.currency(),
                        count.latitude(),
                        count.longitude()))
            .toList());
  }

  public void competitorLocationsUpserted(
      List<CompetitorLocation> locations, String source, Instant at) {
    outbox.appendAll(
        Topics.MARKET,
        locations.stream()
            .map(
                location ->
                    MarketEvent.competitorLocation(
                        at,
                        location.id(),
                        source,
                        location.country(),
                        location.postalCode(),
                        location.competitor(),
                        location.name(),
                        location.latitude(),
                        location.longitude()))
            .toList());
  }

  public void economicIndicatorsUpserted(
      List<EconomicIndicator> indicators, String source, Instant at) {
    outbox.appendAll(
        Topics.MARKET,
        indicators.stream()
            .map(
                indicator ->
                    MarketEvent.economicIndicator(
                        at,
                        indicator.key(),
                        source,
                        indicator.region(),
                        indicator.indicator(),
                        indicator.period(),
                        indicator.value(),
                        indicator.unit()))
            .toList());
  }

  public void geographyUpserted(List<StoredUnit> units, String source, Instant at) {
    outbox.appendAll(
        Topics.GEOGRAPHY,
        units.stream()
            .map(
                unit ->
                    new GeographyEvent(
                        UUID.randomUUID(),
                        GeographyEvent.UPSERTED,
                        at,
                        GeographyEvent.SCHEMA_VERSION,
                        unit.id(),
                        source,
                        unit.kind(),
                        unit.name(),
                        unit.country(),
                        unit.latitude(),
                        unit.longitude(),
                        unit.area() != null,
                        unit.neighbours()))
            .toList());
  }

  public void usersUpserted(List<UserRecord> users, String source, Instant at) {
    outbox.appendAll(
        Topics.USERS,
        users.stream()
            .map(
                user ->
                    new UserEvent(
                        UUID.randomUUID(),
                        UserEvent.UPSERTED,
                        at,
                        UserEvent.SCHEMA_VERSION,
                        user.id(),
                        source,
                        user.name(),
                        user.email(),
                        user.role(),
                        user.managerId(),
                        user.active(),
                        user.postalCode(),
                        user.country(),
                        user.latitude(),
                        user.longitude()))
            .toList());
  }
}
