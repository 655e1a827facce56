package com.territoryplanner.balancing.engine.design;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Designs territories from basic units: a recursive bisection refined into a balanced power
 * diagram, a contiguity repair, boundary local search (one independent search per thread; the best
 * wins), and a final narrowing of the widest territory.
 */
public final class TerritoryDesigner {

  /** Share of the time limit the balancing phase may use before compacting begins. */
  private static final double BALANCING_SHARE = 0.75;

  /** Share of the time limit kept for narrowing the widest territory at the end. */
  private static final double POLISHING_SHARE = 0.1;

  private TerritoryDesigner() {}

  public static TerritoryDesign design(UnitGraph graph, DesignSpec spec) {
    if (graph.size() < spec.territories()) {
      throw new IllegalArgumentException(
          graph.size() + " units cannot form " + spec.territories() + " territories");
    }
    if (spec.disruption() != null && spec.disruption().currentTerritory().length != graph.size()) {
      throw new IllegalArgumentException("the plan in force must name a territory for every unit");
    }
    if (spec.lockedTerritory() != null && spec.lockedTerritory().length != graph.size()) {
      throw new IllegalArgumentException("locks must be given for every unit");
    }
    for (MetricGoal goal : spec.goals()) {
      if (goal.metric() >= graph.metricCount()) {
        throw new IllegalArgumentException("no metric with index " + goal.metric());
      }
    }
    long start = System.nanoTime();
    long limit = spec.timeLimit().toNanos();

    int[] initial =
        PowerDiagram.refine(
            graph, spec, RecursiveBisection.partition(graph, spec), start + limit / 4);
    if (spec.homes() != null) {
      initial = HomeMatching.relabel(graph, spec, initial);
    }
    // Against a plan in force, start from it: new units take the fresh design's territory.
    DisruptionBudget disruption = spec.disruption();
    for (int u = 0; u < graph.size(); u++) {
      if (disruption != null && disruption.current(u) >= 0) {
        initial[u] = disruption.current(u);
      }
      if (spec.lockedTerritory(u) >= 0) {
        initial[u] = spec.lockedTerritory(u);
      }
    }
    Partition repaired = new Partition(graph, spec, initial);
    ContiguityRepair.repair(repaired, spec);
    return search(graph, spec, repaired.assignment(), start);
  }

  /**
   * Improves a given partition (every unit in a territory, each territory in one piece) within the
   * spec: balance first, then compactness, as {@link #design} does after its start. Units that the
   * spec's disruption budget counts as current stay unless the budget lets them move.
   */
  public static TerritoryDesign refine(UnitGraph graph, DesignSpec spec, int[] territoryOf) {
    if (territoryOf.length != graph.size()) {
      throw new IllegalArgumentException("a territory is needed for every unit");
    }
    for (int t : territoryOf) {
      if (t < 0 || t >= spec.territories()) {
        throw new IllegalArgumentException("every unit must be in one of the territories");
      }
    }
    return search(graph, spec, territoryOf.clone(), System.nanoTime());
  }

  private static TerritoryDesign search(
      UnitGraph graph, DesignSpec spec, int[] start0, long start) {
    long limit = spec.timeLimit().toNanos();
    long deadline = start + limit;
    long balanceDeadline = start + (long) (limit * BALANCING_SHARE);
    long compactDeadline = start + (long) (limit * (1 - POLISHING_SHARE));
    List<Candidate> candidates = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(spec.threads());
    try {
      List<Future<Candidate>> runs = new ArrayList<>();
      for (int i = 0; i < spec.threads(); i++) {
        long seed = spec.seed() + i;
        runs.add(
            pool.submit(
                () -> {
                  Partition partition = new Partition(graph, spec, start0);
                  BoundarySearch search = new BoundarySearch(partition, spec, seed);
                  search.run(balanceDeadline, compactDeadline);
                  if (search.outOfBand() == 0) {
                    new DiameterPolish(partition, spec, search.bands(), search.disruptionLimit())
                        .run(deadline);
                  }
                  long balancedAt = search.balancedAt();
                  return new Candidate(
                      partition.assignment(),
                      search.outOfBand(),
                      search.objective(),
                      balancedAt < 0 ? null : Duration.ofNanos(balancedAt - start));
                }));
      }
      for (Future<Candidate> run : runs) {
        candidates.add(run.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("territory design interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("territory design failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    Candidate best =
        candidates.stream()
            .min(
                Comparator.comparingInt(Candidate::outOfBand)
                    .thenComparingDouble(Candidate::objective))
            .orElseThrow();
    return new TerritoryDesign(
        best.territoryOf(), DesignReport.of(graph, spec, best.territoryOf()), best.balancedAfter());
  }

  private record Candidate(
      int[] territoryOf, int outOfBand, double objective, Duration balancedAfter) {}
}
