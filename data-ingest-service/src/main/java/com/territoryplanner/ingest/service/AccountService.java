package com.territoryplanner.ingest.service;

import com.territoryplanner.contracts.ActivityEvent;
import com.territoryplanner.contracts.LeadEvent;
import com.territoryplanner.contracts.OpportunityEvent;
import com.territoryplanner.contracts.RevenueEvent;
import com.territoryplanner.ingest.domain.AccountBound;
import com.territoryplanner.ingest.domain.AccountLink;
import com.territoryplanner.ingest.domain.AccountMatcher;
import com.territoryplanner.ingest.domain.GoldenAccount;
import com.territoryplanner.ingest.domain.LinkRule;
import com.territoryplanner.ingest.domain.LinkedRecord;
import com.territoryplanner.ingest.domain.SourceRef;
import com.territoryplanner.ingest.messaging.IngestEvents;
import com.territoryplanner.ingest.repository.GoldenAccountRepository;
import com.territoryplanner.ingest.repository.SourceRecords;
import com.territoryplanner.ingest.repository.SourceTable;
import com.territoryplanner.platform.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** Golden accounts one at a time: read with their sources, and linked and unlinked by hand. */
@ApplicationScoped
public class AccountService {

  private final GoldenAccountRepository links;
  private final SourceRecords dependents;
  private final GoldenAccounts goldens;
  private final IngestEvents events;

  AccountService(
      GoldenAccountRepository links,
      SourceRecords dependents,
      GoldenAccounts goldens,
      IngestEvents events) {
    this.links = links;
    this.dependents = dependents;
    this.goldens = goldens;
    this.events = events;
  }

  @Transactional
  public GoldenAccount account(String goldenId) {
    return goldens.find(goldenId).orElseThrow(() -> ApiProblem.notFound("Account", goldenId));
  }

  /**
   * Moves a source record into this golden account by hand. The account it leaves is re-merged, or
   * deleted when it has no record left; the record's opportunities, leads, revenue lines and
   * activities are published again under their new account.
   */
  @Transactional
  public GoldenAccount link(String goldenId, String source, String externalId) {
    account(goldenId);
    LinkedRecord linked = linkedRecord(source, externalId);
    if (!linked.goldenId().equals(goldenId)) {
      move(linked, goldenId, "linked by hand, from " + linked.goldenId());
    }
    return account(goldenId);
  }

  /**
   * Takes a source record out of this golden account by hand: it founds an account of its own,
   * which automatic matching leaves alone.
   */
  @Transactional
  public GoldenAccount unlink(String goldenId, String source, String externalId) {
    LinkedRecord linked = linkedRecord(source, externalId);
    if (!linked.goldenId().equals(goldenId)) {
      throw ApiProblem.notFound("Record of account " + goldenId, new SourceRef(source, externalId));
    }
    if (links.records(List.of(goldenId)).size() == 1) {
      throw ApiProblem.conflict(
          "only-record",
          "The record is the account's only one; delete it at its source to remove the account");
    }
    Instant at = Instant.now();
    String newId =
        new AccountMatcher(source, links.taken(AccountMatcher.preferredIds(source, externalId)))
            .newGoldenId(externalId);
    GoldenAccount split =
        goldens.founded(
            source, new AccountLink(externalId, newId, LinkRule.MANUAL, ""), linked.record(), at);
    links.upsert(List.of(split.account()), source, at.atOffset(ZoneOffset.UTC));
    move(linked, newId, "unlinked by hand from " + goldenId);
    return account(newId);
  }

  private void move(LinkedRecord linked, String goldenId, String evidence) {
    Instant at = Instant.now();
    String source = linked.source();
    String externalId = linked.record().id();
    List<String> touched = List.of(linked.goldenId(), goldenId);
    links.lock(touched);
    links.relink(source, externalId, goldenId, evidence, at.atOffset(ZoneOffset.UTC));
    events.accountsUpserted(goldens.refresh(touched, Set.copyOf(touched), source, at), source, at);
    events.opportunities(
        OpportunityEvent.UPSERTED,
        moved(SourceRecords.OPPORTUNITIES, source, externalId, goldenId),
        at);
    events.leads(
        LeadEvent.UPSERTED, moved(SourceRecords.LEADS, source, externalId, goldenId), source, at);
    events.revenueLines(
        RevenueEvent.UPSERTED,
        moved(SourceRecords.REVENUE_LINES, source, externalId, goldenId),
        source,
        at);
    events.activities(
        ActivityEvent.UPSERTED,
        moved(SourceRecords.ACTIVITIES, source, externalId, goldenId),
        source,
        at);
  }

  /** The records of a source account, now under another golden id. */
  private <T extends AccountBound<T>> List<T> moved(
      SourceTable<T> table, String source, String externalId, String goldenId) {
    return dependents.ofAccount(table, source, externalId).stream()
        .map(record -> record.ofAccount(goldenId))
        .toList();
  }

  private LinkedRecord linkedRecord(String source, String externalId) {
    return links
        .record(source, externalId)
        .orElseThrow(
            () -> ApiProblem.notFound("Account record", new SourceRef(source, externalId)));
  }
}
