package com.territoryplanner.segmentation.service;

import com.territoryplanner.segmentation.domain.tree.SegmentModel;
import com.territoryplanner.segmentation.repository.AccountFacts;
import com.territoryplanner.segmentation.repository.SegmentModelEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Segmentation models built from their stored versions. Versions never change, so each is read and
 * built once; which version is active is read each time (another replica may have activated one).
 */
@ApplicationScoped
public class SegmentModels {

  private final Map<SegmentModelEntity.Key, SegmentModel> built = new ConcurrentHashMap<>();
  private final SegmentModelReading reading;
  private final AccountFacts facts;

  SegmentModels(SegmentModelReading reading, AccountFacts facts) {
    this.reading = reading;
    this.facts = facts;
  }

  /** The active model, if any; in the caller's transaction. */
  public Optional<SegmentModel> active() {
    return SegmentModelEntity.active().map(this::of);
  }

  SegmentModel of(SegmentModelEntity entity) {
    return built.computeIfAbsent(entity.key, key -> reading.model(entity));
  }

  /** The product lines the model needs to know of the account: none unless it asks for them. */
  public Set<String> productLines(SegmentModel model, String accountId) {
    return model.usesProductLines()
        ? Set.copyOf(facts.productLines(accountId, LocalDate.now(ZoneOffset.UTC)))
        : Set.of();
  }
}
