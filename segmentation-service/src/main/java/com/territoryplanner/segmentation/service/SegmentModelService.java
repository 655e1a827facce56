package com.territoryplanner.segmentation.service;

import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import com.territoryplanner.segmentation.domain.PotentialModel;
import com.territoryplanner.segmentation.domain.tree.AccountPath;
import com.territoryplanner.segmentation.domain.tree.SegmentEvaluation;
import com.territoryplanner.segmentation.domain.tree.SegmentModel;
import com.territoryplanner.segmentation.domain.tree.SegmentModelDefinition;
import com.territoryplanner.segmentation.domain.tree.SegmentModelVersion;
import com.territoryplanner.segmentation.domain.tree.SegmentTally;
import com.territoryplanner.segmentation.domain.tree.SegmentedAccount;
import com.territoryplanner.segmentation.messaging.SegmentEvents;
import com.territoryplanner.segmentation.repository.AccountFacts;
import com.territoryplanner.segmentation.repository.AccountSegmentEntity;
import com.territoryplanner.segmentation.repository.SegmentMembership;
import com.territoryplanner.segmentation.repository.SegmentModelEntity;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Segmentation models: versions written and kept, evaluated over every account and the market, one
 * of them active. Activating a version evaluates it, makes each account's segment its segment there
 * and publishes the accounts whose segment changed, all in one transaction.
 */
@ApplicationScoped
public class SegmentModelService {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** Evaluating a million accounts takes seconds; activation also writes their events. */
  private static final int EVALUATION_TIMEOUT_SECONDS = 900;

  private final SegmentModelReading reading;
  private final SegmentModels models;
  private final SegmentMembership membership;
  private final AccountFacts facts;
  private final SegmentEvents events;
  private final PotentialModel potentialModel;

  SegmentModelService(
      SegmentModelReading reading,
      SegmentModels models,
      SegmentMembership membership,
      AccountFacts facts,
      SegmentEvents events,
      PotentialModel potentialModel) {
    this.reading = reading;
    this.models = models;
    this.membership = membership;
    this.facts = facts;
    this.events = events;
    this.potentialModel = potentialModel;
  }

  /** Stores the definition as the model's next version (1 for a new model). */
  @Transactional
  public SegmentModelVersion create(String name, SegmentModelDefinition definition) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw ApiProblem.invalid(
          "Invalid model name",
          List.of(
              Violation.field(
                  "name",
                  "1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit")));
    }
    int version = SegmentModelEntity.latestVersion(name) + 1;
    reading.check(name, version, definition);
    SegmentModelEntity entity = new SegmentModelEntity();
    entity.key = new SegmentModelEntity.Key(name, version);
    entity.definition = reading.write(definition);
    entity.createdAt = Instant.now();
    entity.persist();
    return view(entity);
  }

  @Transactional
  public List<SegmentModelVersion> versions(String name) {
    List<SegmentModelEntity> versions = SegmentModelEntity.versions(name);
    if (versions.isEmpty()) {
      throw ApiProblem.notFound("Segment model", name);
    }
    return versions.stream().map(this::view).toList();
  }

  @Transactional
  public SegmentModelVersion version(String name, int version) {
    return view(stored(name, version));
  }

  /** Evaluates the version over every account and market cell, keeping the result. */
  @Transactional
  @TransactionConfiguration(timeout = EVALUATION_TIMEOUT_SECONDS)
  public SegmentEvaluation evaluate(String name, int version) {
    SegmentModelEntity entity = locked(name, version);
    return evaluate(entity, models.of(entity));
  }

  @Transactional
  public SegmentEvaluation lastEvaluation(String name, int version) {
    SegmentModelEntity entity = stored(name, version);
    if (entity.evaluation == null) {
      throw ApiProblem.notFound("Evaluation of segment model", entity.key.name() + "@" + version);
    }
    return reading.read(entity.evaluation, SegmentEvaluation.class);
  }

  /**
   * Makes the version the active model: evaluated now, every account's segment taken from it, the
   * accounts whose segment changed published; the previously active version stays stored.
   */
  @Transactional
  @TransactionConfiguration(timeout = EVALUATION_TIMEOUT_SECONDS)
  public SegmentEvaluation activate(String name, int version) {
    SegmentModelEntity entity = locked(name, version);
    SegmentModel model = models.of(entity);
    SegmentEvaluation evaluation = evaluate(entity, model);
    SegmentModelEntity.active()
        .ifPresent(
            previous -> {
              previous.active = false;
              SegmentModelEntity.flush(); // before the new one: at most one is active
            });
    entity.active = true;
    entity.activatedAt = evaluation.evaluatedAt();
    membership.adopt(model, evaluation.evaluatedAt(), events::segmentsChanged);
    return evaluation;
  }

  /** Why the account is where it is in the version: every node tested on its way down. */
  @Transactional
  public AccountPath path(String name, int version, String accountId) {
    SegmentModel model = models.of(stored(name, version));
    AccountSegmentEntity account =
        AccountSegmentEntity.<AccountSegmentEntity>findByIdOptional(accountId)
            .orElseThrow(() -> ApiProblem.notFound("Segmented account", accountId));
    SegmentedAccount segmented = account.toSegmented(models.productLines(model, accountId));
    return new AccountPath(
        accountId, name, version, model.segmentOf(segmented), model.explain(segmented));
  }

  private SegmentEvaluation evaluate(SegmentModelEntity entity, SegmentModel model) {
    Instant at = Instant.now();
    SegmentTally tally = new SegmentTally(model);
    membership.evaluate(model, LocalDate.now(ZoneOffset.UTC), tally);
    facts.firmographics(null, cell -> tally.market(cell, potentialModel));
    SegmentEvaluation evaluation = tally.result(at);
    entity.evaluatedAt = at;
    entity.evaluation = reading.write(evaluation);
    return evaluation;
  }

  private SegmentModelEntity stored(String name, int version) {
    return SegmentModelEntity.find(name, version)
        .orElseThrow(() -> ApiProblem.notFound("Segment model version", name + "@" + version));
  }

  private SegmentModelEntity locked(String name, int version) {
    return SegmentModelEntity.lock(name, version)
        .orElseThrow(() -> ApiProblem.notFound("Segment model version", name + "@" + version));
  }

  private SegmentModelVersion view(SegmentModelEntity entity) {
    return new SegmentModelVersion(
        entity.key.name(),
        entity.key.version(),
        entity.createdAt,
        entity.active,
        entity.activatedAt,
        entity.evaluatedAt,
        models.of(entity).segments(),
        reading.definition(entity));
  }
}
