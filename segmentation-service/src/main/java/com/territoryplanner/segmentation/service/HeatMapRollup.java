package com.territoryplanner.segmentation.service;

import com.territoryplanner.segmentation.repository.HeatCells;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Folds the accounts' changes into the heat map's hexagon totals every second. */
@ApplicationScoped
public class HeatMapRollup {

  private final HeatCells cells;

  HeatMapRollup(HeatCells cells) {
    this.cells = cells;
  }

  @Scheduled(
      every = "1s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void fold() {
    QuarkusTransaction.requiringNew().run(cells::fold);
  }
}
