package com.territoryplanner.ingest.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.territoryplanner.ingest.domain.AccountQualityTally;
import com.territoryplanner.ingest.domain.ColumnProfile;
import com.territoryplanner.ingest.domain.Geocoding;
import com.territoryplanner.ingest.domain.ImportedEntity;
import com.territoryplanner.ingest.domain.InvalidImportException;
import com.territoryplanner.ingest.domain.PushOutcome;
import com.territoryplanner.ingest.domain.PushedRecord;
import com.territoryplanner.ingest.domain.SourceRef;
import com.territoryplanner.ingest.domain.UpsertOutcome;
import com.territoryplanner.ingest.repository.GoldenAccountRepository;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Single records CRM webhooks push, and their deletions: the same validation and destination as an
 * import of one row, without an import report. Only a real change is published.
 */
@ApplicationScoped
public class PushService {

  private final RecordDestinations destinations;
  private final GoldenAccountRepository links;

  PushService(RecordDestinations destinations, GoldenAccountRepository links) {
    this.destinations = destinations;
    this.links = links;
  }

  @Transactional
  public PushOutcome push(
      ImportedEntity entity, String source, String id, String profile, JsonNode body) {
    UpsertOutcome outcome = write(destination(entity, source), id, profile, body);
    String goldenId =
        entity == ImportedEntity.ACCOUNT ? links.goldenIds(source, List.of(id)).get(id) : null;
    return new PushOutcome(id, source, outcome, goldenId);
  }

  /** Deletes one record and publishes its last fields; 405 for kinds replaced by re-import. */
  @Transactional
  public void delete(ImportedEntity entity, String source, String id) {
    Destination<?> destination = destination(entity, source);
    if (!destination.deletable()) {
      throw new ApiProblem(
          405,
          "not-deletable",
          "Not deletable one by one",
          "A " + entity.label() + " is replaced by importing its source's records again",
          List.of());
    }
    if (!destination.deletion().delete(id, Instant.now())) {
      throw ApiProblem.notFound(entity.label(), new SourceRef(source, id));
    }
  }

  private Destination<?> destination(ImportedEntity entity, String source) {
    return destinations.of(entity, source, new Geocoding(), new AccountQualityTally());
  }

  private static <T> UpsertOutcome write(
      Destination<T> destination, String id, String profile, JsonNode body) {
    T record;
    try {
      record =
          PushedRecord.read(
              body,
              id,
              destination.mapping(),
              ColumnProfile.of(
                  profile,
                  destination.mapping().entity(),
                  List.of(),
                  destination.mapping().columns()));
    } catch (InvalidImportException e) {
      throw ApiProblem.invalid(
          "The record cannot be stored: " + e.getMessage(),
          e.errors().stream()
              .map(error -> Violation.field(error.column(), error.reason()))
              .toList());
    }
    List<T> prepared = destination.prepare().apply(List.of(record));
    Instant at = Instant.now();
    Map<String, Boolean> written =
        destination.writer().write(prepared, at.atOffset(ZoneOffset.UTC));
    Boolean created = written.get(destination.mapping().key(record));
    if (created != null) {
      destination.publisher().publish(prepared, at);
    }
    return UpsertOutcome.of(created);
  }
}
