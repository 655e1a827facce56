package com.territoryplanner.ingest.service;

import com.territoryplanner.contracts.ActivityEvent;
import com.territoryplanner.contracts.LeadEvent;
import com.territoryplanner.contracts.OpportunityEvent;
import com.territoryplanner.contracts.RevenueEvent;
import com.territoryplanner.ingest.domain.AccountBound;
import com.territoryplanner.ingest.domain.AccountColumns;
import com.territoryplanner.ingest.domain.AccountQualityTally;
import com.territoryplanner.ingest.domain.AccountRecord;
import com.territoryplanner.ingest.domain.ActivityColumns;
import com.territoryplanner.ingest.domain.CompetitorColumns;
import com.territoryplanner.ingest.domain.EconomicIndicatorColumns;
import com.territoryplanner.ingest.domain.FirmographicColumns;
import com.territoryplanner.ingest.domain.Geocoding;
import com.territoryplanner.ingest.domain.GeographyColumns;
import com.territoryplanner.ingest.domain.ImportedEntity;
import com.territoryplanner.ingest.domain.LeadColumns;
import com.territoryplanner.ingest.domain.OpportunityColumns;
import com.territoryplanner.ingest.domain.PostalCodeColumns;
import com.territoryplanner.ingest.domain.RevenueLineColumns;
import com.territoryplanner.ingest.domain.RowMapping;
import com.territoryplanner.ingest.domain.SpendColumns;
import com.territoryplanner.ingest.domain.UserColumns;
import com.territoryplanner.ingest.messaging.IngestEvents;
import com.territoryplanner.ingest.repository.GeographyRepository;
import com.territoryplanner.ingest.repository.GoldenAccountRepository;
import com.territoryplanner.ingest.repository.PostalCodeRepository;
import com.territoryplanner.ingest.repository.SourceAccountRepository;
import com.territoryplanner.ingest.repository.SourceRecords;
import com.territoryplanner.ingest.repository.SourceTable;
import com.territoryplanner.ingest.service.Destination.BatchPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/** The destination of each kind of record: one place that knows where every kind goes. */
@ApplicationScoped
class RecordDestinations {

  private static final List<String> ACCOUNT_TABLES =
      List.of(
          SourceAccountRepository.TABLE,
          GoldenAccountRepository.LINK_TABLE,
          GoldenAccountRepository.GOLDEN_TABLE);

  /** How publishing one kind of account-bound record goes, for a change or a deletion. */
  private interface TypedPublisher<T> {
    void publish(String type, List<T> records, Instant at);
  }

  private final SourceAccountRepository accounts;
  private final SourceRecords records;
  private final GeographyRepository geography;
  private final PostalCodeRepository postalCodes;
  private final Geocoder geocoder;
  private final GoldenAccounts goldens;
  private final GeographyService geographyService;
  private final IngestEvents events;

  RecordDestinations(
      SourceAccountRepository accounts,
      SourceRecords records,
      GeographyRepository geography,
      PostalCodeRepository postalCodes,
      Geocoder geocoder,
      GoldenAccounts goldens,
      GeographyService geographyService,
      IngestEvents events) {
    this.accounts = accounts;
    this.records = records;
    this.geography = geography;
    this.postalCodes = postalCodes;
    this.geocoder = geocoder;
    this.goldens = goldens;
    this.geographyService = geographyService;
    this.events = events;
  }

  /**
   * Where records of this kind from this source go. Accounts, leads and firmographic counts are
   * geocoded into {@code geocoding}, accounts counted into {@code quality}, on their way.
   */
  Destination<?> of(
      ImportedEntity entity, String source, Geocoding geocoding, AccountQualityTally quality) {
    return switch (entity) {
      case ACCOUNT -> accounts(source, geocoding, quality);
      case OPPORTUNITY ->
          accountBound(
              UnaryOperator.identity(),
              new OpportunityColumns(),
              SourceRecords.OPPORTUNITIES,
              source,
              OpportunityEvent.UPSERTED,
              OpportunityEvent.DELETED,
              events::opportunities);
      case LEAD ->
          accountBound(
              batch -> geocoder.place(batch, geocoding),
              new LeadColumns(),
              SourceRecords.LEADS,
              source,
              LeadEvent.UPSERTED,
              LeadEvent.DELETED,
              (type, changed, at) -> events.leads(type, changed, source, at));
      case REVENUE_LINE ->
          accountBound(
              UnaryOperator.identity(),
              new RevenueLineColumns(),
              SourceRecords.REVENUE_LINES,
              source,
              RevenueEvent.UPSERTED,
              RevenueEvent.DELETED,
              (type, changed, at) -> events.revenueLines(type, changed, source, at));
      case ACTIVITY ->
          accountBound(
              UnaryOperator.identity(),
              new ActivityColumns(),
              SourceRecords.ACTIVITIES,
              source,
              ActivityEvent.UPSERTED,
              ActivityEvent.DELETED,
              (type, changed, at) -> events.activities(type, changed, source, at));
      case USER ->
          standalone(
              UnaryOperator.identity(),
              new UserColumns(),
              SourceRecords.USERS,
              source,
              (changed, at) -> events.usersUpserted(changed, source, at));
      case SPEND ->
          standalone(
              UnaryOperator.identity(),
              new SpendColumns(),
              SourceRecords.SPEND,
              source,
              (changed, at) -> events.spendUpserted(changed, source, at));
      case FIRMOGRAPHICS ->
          standalone(
              batch -> geocoder.place(batch, geocoding),
              new FirmographicColumns(),
              SourceRecords.FIRMOGRAPHICS,
              source,
              (changed, at) -> events.firmographicsUpserted(changed, source, at));
      case COMPETITOR_LOCATION ->
          standalone(
              UnaryOperator.identity(),
              new CompetitorColumns(),
              SourceRecords.COMPETITOR_LOCATIONS,
              source,
              (changed, at) -> events.competitorLocationsUpserted(changed, source, at));
      case ECONOMIC_INDICATOR ->
          standalone(
              UnaryOperator.identity(),
              new EconomicIndicatorColumns(),
              SourceRecords.ECONOMIC_INDICATORS,
              source,
              (changed, at) -> events.economicIndicatorsUpserted(changed, source, at));
      case GEOGRAPHY_UNIT ->
          new Destination<>(
              new GeographyColumns(),
              UnaryOperator.identity(),
              (batch, at) -> geography.upsert(batch, source, at),
              (changed, at) -> geographyService.unitsWritten(source, changed, at),
              List.of(GeographyRepository.TABLE, GeographyRepository.ADJACENCY_TABLE),
              null);
      case POSTAL_CODE ->
          // the geography reference for geocoding; it publishes no events
          new Destination<>(
              new PostalCodeColumns(),
              UnaryOperator.identity(),
              (batch, at) -> postalCodes.upsert(batch, source, at),
              (changed, at) -> {},
              List.of(PostalCodeRepository.TABLE),
              null);
    };
  }

  private Destination<AccountRecord> accounts(
      String source, Geocoding geocoding, AccountQualityTally quality) {
    return new Destination<>(
        new AccountColumns(),
        batch -> {
          List<AccountRecord> placed = geocoder.place(batch, geocoding);
          quality.accepted(placed);
          return placed;
        },
        (batch, at) -> accounts.upsert(batch, source, at),
        (changed, at) -> quality.linked(goldens.recordsWritten(source, changed, at)),
        ACCOUNT_TABLES,
        (id, at) -> goldens.recordDeleted(source, id, at));
  }

  /** Records that refer to accounts: stored as the source names them, published by golden id. */
  private <T extends AccountBound<T>> Destination<T> accountBound(
      UnaryOperator<List<T>> prepare,
      RowMapping<T> mapping,
      SourceTable<T> table,
      String source,
      String upserted,
      String deleted,
      TypedPublisher<T> publisher) {
    return new Destination<>(
        mapping,
        prepare,
        (batch, at) -> records.upsert(table, batch, source, at),
        (changed, at) -> publisher.publish(upserted, goldens.underGoldenIds(source, changed), at),
        List.of(table.name(), GoldenAccountRepository.LINK_TABLE),
        (id, at) ->
            records
                .delete(table, source, id)
                .map(
                    last -> {
                      publisher.publish(deleted, goldens.underGoldenIds(source, List.of(last)), at);
                      return true;
                    })
                .orElse(false));
  }

  /** Records that refer to no account: users, spend and market data. */
  private <T> Destination<T> standalone(
      UnaryOperator<List<T>> prepare,
      RowMapping<T> mapping,
      SourceTable<T> table,
      String source,
      BatchPublisher<T> publisher) {
    return new Destination<>(
        mapping,
        prepare,
        (batch, at) -> records.upsert(table, batch, source, at),
        publisher,
        List.of(table.name()),
        null);
  }
}
