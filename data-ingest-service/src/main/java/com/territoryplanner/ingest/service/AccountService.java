package com.territoryplanner.ingest.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.territoryplanner.ingest.domain.AccountBound;
import com.territoryplanner.ingest.domain.AccountColumns;
import com.territoryplanner.ingest.domain.AccountLink;
import com.territoryplanner.ingest.domain.AccountMatcher;
import com.territoryplanner.ingest.domain.AccountRecord;
import com.territoryplanner.ingest.domain.ColumnProfile;
import com.territoryplanner.ingest.domain.Geocoding;
import com.territoryplanner.ingest.domain.GoldenAccount;
import com.territoryplanner.ingest.domain.InvalidImportException;
import com.territoryplanner.ingest.domain.LinkRule;
import com.territoryplanner.ingest.domain.LinkedRecord;
import com.territoryplanner.ingest.domain.PushOutcome;
import com.territoryplanner.ingest.domain.PushedRecord;
import com.territoryplanner.ingest.domain.SourceRef;
import com.territoryplanner.ingest.domain.UpsertOutcome;
import com.territoryplanner.ingest.messaging.IngestEvents;
import com.territoryplanner.ingest.repository.GoldenAccountRepository;
import com.territoryplanner.ingest.repository.SourceAccountRepository;
import com.territoryplanner.ingest.repository.SourceRecords;
import com.territoryplanner.ingest.repository.SourceTable;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accounts one at a time: golden accounts with their sources, linking and unlinking by hand, and
 * the upserts and deletions CRM webhooks push.
 */
@ApplicationScoped
public class AccountService {

  private static final AccountColumns COLUMNS = new AccountColumns();

  private final SourceAccountRepository records;
  private final GoldenAccountRepository links;
  private final SourceRecords dependents;
  private final GoldenAccounts goldens;
  private final AccountGeocoder geocoder;
  private final IngestEvents events;

  AccountService(
      SourceAccountRepository records,
      GoldenAccountRepository links,
      SourceRecords dependents,
      GoldenAccounts goldens,
      AccountGeocoder geocoder,
      IngestEvents events) {
    this.records = records;
    this.links = links;
    this.dependents = dependents;
    this.goldens = goldens;
    this.geocoder = geocoder;
    this.events = events;
  }

  @Transactional
  public GoldenAccount account(String goldenId) {
    return goldens.find(goldenId).orElseThrow(() -> ApiProblem.notFound("Account", goldenId));
  }

  /** Upserts one pushed record; publishes its golden account only on a real change. */
  @Transactional
  public PushOutcome push(String source, String id, String profile, JsonNode body) {
    AccountRecord account;
    try {
      account =
          PushedRecord.read(
              body,
              id,
              COLUMNS,
              ColumnProfile.of(profile, COLUMNS.entity(), List.of(), COLUMNS.columns()));
    } catch (InvalidImportException e) {
      throw ApiProblem.invalid(
          "The account cannot be stored: " + e.getMessage(),
          e.errors().stream()
              .map(error -> Violation.field(error.column(), error.reason()))
              .toList());
    }
    List<AccountRecord> placed = geocoder.place(List.of(account), new Geocoding());
    Instant at = Instant.now();
    Map<String, Boolean> written = records.upsert(placed, source, at.atOffset(ZoneOffset.UTC));
    Boolean created = written.get(id);
    if (created != null) {
      goldens.recordsWritten(source, placed, at);
    }
    return new PushOutcome(
        id, source, UpsertOutcome.of(created), links.goldenIds(source, List.of(id)).get(id));
  }

  /**
   * Deletes a source's record; its golden account is re-merged from its other records, or deleted
   * (and the deletion published with its last fields) when it had no other.
   */
  @Transactional
  public void delete(String source, String id) {
    LinkedRecord linked = linkedRecord(source, id);
    records.delete(source, id);
    Instant at = Instant.now();
    events.accountsUpserted(
        goldens.refresh(List.of(linked.goldenId()), Set.of(linked.goldenId()), source, at),
        source,
        at);
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
    links.relink(source, externalId, goldenId, evidence, at.atOffset(ZoneOffset.UTC));
    List<String> touched = List.of(linked.goldenId(), goldenId);
    events.accountsUpserted(goldens.refresh(touched, Set.copyOf(touched), source, at), source, at);
    events.opportunitiesUpserted(
        moved(SourceRecords.OPPORTUNITIES, source, externalId, goldenId), at);
    events.leadsUpserted(moved(SourceRecords.LEADS, source, externalId, goldenId), source, at);
    events.revenueUpserted(
        moved(SourceRecords.REVENUE_LINES, source, externalId, goldenId), source, at);
    events.activitiesUpserted(
        moved(SourceRecords.ACTIVITIES, source, externalId, goldenId), source, at);
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
