package com.territoryplanner.balancing.engine.design;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * What a territory design must achieve.
 *
 * @param territories how many territories to form
 * @param goals the balanced and bounded metrics; at least one is balanced
 * @param targetShares each territory's share of every metric's total (for example a rep's capacity
 *     share); {@code null} means equal shares
 * @param lockedTerritory per unit, the territory it must stay in, or -1; {@code null} means none
 * @param disruption how far the design may stray from the plan in force; {@code null} means a fresh
 *     design
 * @param fixedLoad per territory and graph metric, what the territory already carries from outside
 *     the graph (named accounts placed beforehand); {@code null} means nothing. Targets are shares
 *     of the graph's total plus all fixed load.
 * @param timeLimit the longest the design may take; it usually finishes earlier
 * @param seed makes runs repeatable
 * @param threads independent searches run side by side; the best result wins
 * @param stopRequested polled while designing; once true, the design ends with its best so far
 */
public record DesignSpec(
    int territories,
    List<MetricGoal> goals,
    double[] targetShares,
    int[] lockedTerritory,
    DisruptionBudget disruption,
    HomeBases homes,
    double[][] fixedLoad,
    Duration timeLimit,
    long seed,
    int threads,
    BooleanSupplier stopRequested) {

  public DesignSpec {
    if (territories < 1) {
      throw new IllegalArgumentException("at least one territory is needed");
    }
    if (goals.stream().noneMatch(MetricGoal::balanced)) {
      throw new IllegalArgumentException("at least one metric must be balanced");
    }
    goals = List.copyOf(goals);
    if (targetShares != null) {
      if (targetShares.length != territories) {
        throw new IllegalArgumentException("one target share per territory is needed");
      }
      double sum = 0;
      for (double share : targetShares) {
        if (!(share > 0)) {
          throw new IllegalArgumentException("target shares must be positive");
        }
        sum += share;
      }
      targetShares = targetShares.clone();
      for (int t = 0; t < territories; t++) {
        targetShares[t] /= sum;
      }
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    if (homes != null && homes.latitude().length != territories) {
      throw new IllegalArgumentException("one home base per territory is needed");
    }
    if (fixedLoad != null) {
      if (fixedLoad.length != territories) {
        throw new IllegalArgumentException("one fixed load per territory is needed");
      }
      fixedLoad = Arrays.stream(fixedLoad).map(double[]::clone).toArray(double[][]::new);
    }
    if (stopRequested == null) {
      stopRequested = () -> false;
    }
  }

  /** Every metric of the graph balanced with weight 1 and the same tolerance, equal shares. */
  public static DesignSpec balanceAll(
      UnitGraph graph, int territories, double tolerance, Duration timeLimit) {
    List<MetricGoal> goals =
        IntStream.range(0, graph.metricCount())
            .mapToObj(m -> new MetricGoal(m, 1, tolerance))
            .toList();
    return new DesignSpec(
        territories,
        goals,
        null,
        null,
        null,
        null,
        null,
        timeLimit,
        1,
        Runtime.getRuntime().availableProcessors(),
        null);
  }

  public double share(int territory) {
    return targetShares == null ? 1.0 / territories : targetShares[territory];
  }

  /** What territory t carries of a metric from outside the graph. */
  public double fixedLoad(int t, int metric) {
    return fixedLoad == null ? 0 : fixedLoad[t][metric];
  }

  /** Territory t's target of a metric: its share of the graph's total and all fixed load. */
  double target(UnitGraph graph, int t, int metric) {
    double total = graph.metricTotal(metric);
    for (int s = 0; fixedLoad != null && s < territories; s++) {
      total += fixedLoad[s][metric];
    }
    return total * share(t);
  }

  /** This spec with one more unit (of {@code units}) locked to a territory. */
  public DesignSpec withLock(int units, int unit, int territory) {
    int[] locks = new int[units];
    Arrays.fill(locks, -1);
    if (lockedTerritory != null) {
      System.arraycopy(lockedTerritory, 0, locks, 0, units);
    }
    locks[unit] = territory;
    return new DesignSpec(
        territories,
        goals,
        targetShares,
        locks,
        disruption,
        homes,
        fixedLoad,
        timeLimit,
        seed,
        threads,
        stopRequested);
  }

  public int lockedTerritory(int unit) {
    return lockedTerritory == null ? -1 : lockedTerritory[unit];
  }
}
