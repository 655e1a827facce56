package com.territoryplanner.ingest.messaging;

import com.territoryplanner.contracts.AccountEvent;
import com.territoryplanner.contracts.LeadEvent;
import com.territoryplanner.contracts.OpportunityEvent;
import com.territoryplanner.contracts.Topics;
import com.territoryplanner.ingest.domain.AccountRecord;
import com.territoryplanner.ingest.domain.GoldenAccount;
import com.territoryplanner.ingest.domain.LeadRecord;
import com.territoryplanner.ingest.domain.OpportunityRecord;
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

  public void leadsUpserted(List<LeadRecord> leads, String source, Instant at) {
    outbox.appendAll(
        Topics.LEADS,
        leads.stream()
            .map(
                lead ->
                    new LeadEvent(
                        UUID.randomUUID(),
                        LeadEvent.UPSERTED,
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
                        lead.ownerId()))
            .toList());
  }

  public void opportunitiesUpserted(List<OpportunityRecord> opportunities, Instant at) {
    outbox.appendAll(
        Topics.OPPORTUNITIES,
        opportunities.stream()
            .map(
                opportunity ->
                    new OpportunityEvent(
                        UUID.randomUUID(),
                        OpportunityEvent.UPSERTED,
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
                        opportunity.ownerId()))
            .toList());
  }
}
