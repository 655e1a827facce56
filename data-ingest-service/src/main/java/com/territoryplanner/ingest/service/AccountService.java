package com.territoryplanner.ingest.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.territoryplanner.ingest.domain.AccountColumns;
import com.territoryplanner.ingest.domain.AccountRecord;
import com.territoryplanner.ingest.domain.ColumnProfile;
import com.territoryplanner.ingest.domain.Geocoding;
import com.territoryplanner.ingest.domain.InvalidImportException;
import com.territoryplanner.ingest.domain.PushOutcome;
import com.territoryplanner.ingest.domain.PushedRecord;
import com.territoryplanner.ingest.domain.UpsertOutcome;
import com.territoryplanner.ingest.messaging.IngestEvents;
import com.territoryplanner.ingest.repository.AccountRepository;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Accounts one at a time: reads, and the upserts and deletions CRM webhooks push. */
@ApplicationScoped
public class AccountService {

  private static final AccountColumns COLUMNS = new AccountColumns();

  private final AccountRepository accounts;
  private final AccountGeocoder geocoder;
  private final IngestEvents events;

  AccountService(AccountRepository accounts, AccountGeocoder geocoder, IngestEvents events) {
    this.accounts = accounts;
    this.geocoder = geocoder;
    this.events = events;
  }

  public AccountRecord account(String id) {
    return accounts.find(id).orElseThrow(() -> ApiProblem.notFound("Account", id));
  }

  /** Upserts one pushed account; publishes only a real change. */
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
    Map<String, Boolean> written = accounts.upsert(placed, source, at.atOffset(ZoneOffset.UTC));
    Boolean created = written.get(id);
    if (created != null) {
      events.accountsUpserted(placed, source, at);
    }
    return new PushOutcome(id, source, UpsertOutcome.of(created));
  }

  /** Deletes an account and publishes its last stored fields. */
  @Transactional
  public void delete(String source, String id) {
    AccountRecord last = accounts.delete(id).orElseThrow(() -> ApiProblem.notFound("Account", id));
    events.accountDeleted(last, source, Instant.now());
  }
}
