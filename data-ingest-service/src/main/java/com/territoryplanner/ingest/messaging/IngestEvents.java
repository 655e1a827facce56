package com.territoryplanner.ingest.messaging;

import com.territoryplanner.contracts.AccountEvent;
import com.territoryplanner.contracts.OpportunityEvent;
import com.territoryplanner.contracts.Topics;
import com.territoryplanner.ingest.repository.AccountEntity;
import com.territoryplanner.ingest.repository.OpportunityEntity;
import com.territoryplanner.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** The events ingest publishes, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class IngestEvents {

  private final Outbox outbox;

  IngestEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  public void accountUpserted(AccountEntity account) {
    outbox.append(
        Topics.ACCOUNTS,
        new AccountEvent(
            UUID.randomUUID(),
            AccountEvent.UPSERTED,
            account.updatedAt,
            AccountEvent.SCHEMA_VERSION,
            account.id,
            account.source,
            account.name,
            account.postalCode,
            account.country,
            account.latitude,
            account.longitude,
            account.naics,
            account.employees,
            account.annualRevenue,
            account.currency));
  }

  public void opportunityUpserted(OpportunityEntity opportunity) {
    outbox.append(
        Topics.OPPORTUNITIES,
        new OpportunityEvent(
            UUID.randomUUID(),
            OpportunityEvent.UPSERTED,
            opportunity.updatedAt == null ? Instant.now() : opportunity.updatedAt,
            OpportunityEvent.SCHEMA_VERSION,
            opportunity.id,
            opportunity.accountId,
            opportunity.stage,
            opportunity.amount,
            opportunity.currency,
            opportunity.closeDate,
            opportunity.closed,
            opportunity.won));
  }
}
