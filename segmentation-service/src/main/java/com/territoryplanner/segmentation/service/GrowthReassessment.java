package com.territoryplanner.segmentation.service;

import com.territoryplanner.segmentation.config.PotentialConfig;
import com.territoryplanner.segmentation.repository.AccountSegmentEntity;
import com.territoryplanner.segmentation.repository.ReassessmentQueue;
import com.territoryplanner.segmentation.repository.ReassessmentQueue.Pending;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Works through the regions whose growth indicator changed, a chunk of accounts per transaction
 * (each assessed again, and published when its segment changed), so a country's new figure never
 * becomes one transaction of a million accounts.
 */
@ApplicationScoped
public class GrowthReassessment {

  private final ReassessmentQueue queue;
  private final SegmentationService segmentation;
  private final PotentialConfig config;

  GrowthReassessment(
      ReassessmentQueue queue, SegmentationService segmentation, PotentialConfig config) {
    this.queue = queue;
    this.segmentation = segmentation;
    this.config = config;
  }

  @Scheduled(
      every = "1s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void workThroughQueue() {
    while (QuarkusTransaction.requiringNew().call(this::nextChunk)) {
      // one chunk per transaction until the queue is empty
    }
  }

  /** Assesses the next chunk of the oldest queued region; false when nothing is queued. */
  boolean nextChunk() {
    Optional<Pending> pending = queue.next();
    if (pending.isEmpty()) {
      return false;
    }
    String region = pending.get().region();
    List<AccountSegmentEntity> accounts =
        AccountSegmentEntity.inRegion(region, pending.get().after(), config.reassessmentChunk());
    accounts.forEach(segmentation::reassess);
    queue.advance(
        region,
        accounts.size() < config.reassessmentChunk()
            ? null
            : accounts.get(accounts.size() - 1).accountId);
    return true;
  }
}
