package com.territoryplanner.balancing.engine.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/** Answers "why is this unit in this territory" for a finished design. */
public final class DesignExplainer {

  private final UnitGraph graph;
  private final DesignSpec spec;
  private final Partition partition;
  private final Bands bands;
  private final IntFunction<String> territoryName;

  private DesignExplainer(
      UnitGraph graph, DesignSpec spec, int[] territoryOf, IntFunction<String> territoryName) {
    this.graph = graph;
    this.spec = spec;
    this.partition = new Partition(graph, spec, territoryOf);
    this.bands = Bands.of(graph, spec, 1);
    this.territoryName = territoryName;
  }

  /** territoryName names territory indexes in the reasons ("territory 3", "West"). */
  public static UnitExplanation explain(
      UnitGraph graph,
      DesignSpec spec,
      int[] territoryOf,
      int unit,
      IntFunction<String> territoryName) {
    return new DesignExplainer(graph, spec, territoryOf, territoryName).explain(unit);
  }

  private UnitExplanation explain(int unit) {
    int from = partition.territoryOf(unit);
    boolean locked = spec.lockedTerritory(unit) >= 0;
    boolean splits = partition.size(from) > 1 && !staysConnected(unit);
    List<UnitExplanation.Alternative> alternatives = new ArrayList<>();
    boolean[] seen = new boolean[spec.territories()];
    seen[from] = true;
    for (int i = graph.neighbourStart(unit); i < graph.neighbourEnd(unit); i++) {
      int to = partition.territoryOf(graph.neighbourAt(i));
      if (!seen[to]) {
        seen[to] = true;
        alternatives.add(alternative(unit, from, to, locked, splits));
      }
    }
    return new UnitExplanation(
        graph.id(unit), from, locked, distanceToCentroid(unit, from), List.copyOf(alternatives));
  }

  private boolean staysConnected(int unit) {
    // The partition's own check may give up on very long detours; here the answer must be exact.
    int t = partition.territoryOf(unit);
    int first = -1;
    for (int i = graph.neighbourStart(unit); i < graph.neighbourEnd(unit); i++) {
      if (partition.territoryOf(graph.neighbourAt(i)) == t) {
        first = graph.neighbourAt(i);
        break;
      }
    }
    if (first < 0) {
      return false;
    }
    boolean[] seen = new boolean[graph.size()];
    seen[unit] = true;
    seen[first] = true;
    int[] queue = new int[graph.size()];
    int tail = 0;
    queue[tail++] = first;
    for (int head = 0; head < tail; head++) {
      int v = queue[head];
      for (int i = graph.neighbourStart(v); i < graph.neighbourEnd(v); i++) {
        int w = graph.neighbourAt(i);
        if (!seen[w] && partition.territoryOf(w) == t) {
          seen[w] = true;
          queue[tail++] = w;
        }
      }
    }
    return tail == partition.size(t) - 1;
  }

  private UnitExplanation.Alternative alternative(
      int unit, int from, int to, boolean locked, boolean splits) {
    List<String> reasons = new ArrayList<>();
    String leavingName = territoryName.apply(from);
    String joiningName = territoryName.apply(to);
    if (locked) {
      reasons.add("would break its lock to " + leavingName);
    }
    if (partition.size(from) == 1) {
      reasons.add("would break " + leavingName + ": it would be left empty");
    } else if (splits) {
      reasons.add("would break " + leavingName + " into separate pieces");
    }
    List<Double> leaving = new ArrayList<>();
    List<Double> joining = new ArrayList<>();
    for (int g = 0; g < partition.goalCount; g++) {
      double value = partition.unitValue(g, unit);
      double leavingRatio = (partition.load(from, g) - value) / partition.target(from, g);
      double joiningRatio = (partition.load(to, g) + value) / partition.target(to, g);
      leaving.add(leavingRatio);
      joining.add(joiningRatio);
      balanceReason(reasons, g, from, leavingRatio);
      balanceReason(reasons, g, to, joiningRatio);
    }
    double here = distanceToCentroid(unit, from);
    double there = distanceToCentroid(unit, to);
    if (there > here) {
      reasons.add(
          String.format(
              Locale.ROOT,
              "would be less compact: the centre of %s is %.1f km away against %.1f km",
              joiningName,
              there,
              here));
    }
    return new UnitExplanation.Alternative(
        to, List.copyOf(leaving), List.copyOf(joining), splits, there, List.copyOf(reasons));
  }

  /**
   * Adds a reason when the move takes territory t outside its band or limit for goal g, or (for a
   * balanced metric) further from its target.
   */
  private void balanceReason(List<String> reasons, int g, int t, double ratioAfter) {
    MetricGoal goal = spec.goals().get(g);
    String metric = graph.metricNames().get(goal.metric());
    String territory = territoryName.apply(t);
    double deviationBefore = partition.deviation(t, g);
    double deviationAfter = ratioAfter - 1;
    double excessAfter = bands.excess(t, g, deviationAfter);
    boolean breaks = excessAfter > 1e-12 && excessAfter > bands.excess(t, g, deviationBefore);
    if (breaks && bands.absoluteEdge(t, g, deviationAfter)) {
      boolean above = bands.upperSide(t, g, deviationAfter);
      reasons.add(
          String.format(
              Locale.ROOT,
              "would break %s limit: %s at %.0f, %s its %s of %.0f",
              metric,
              territory,
              ratioAfter * partition.target(t, g),
              above ? "above" : "below",
              above ? "maximum" : "minimum",
              above ? goal.ceiling() : goal.floor()));
    } else if (breaks) {
      reasons.add(
          String.format(
              Locale.ROOT,
              "would break %s balance: %s at %.3f of target, outside +-%.1f%%",
              metric,
              territory,
              ratioAfter,
              goal.tolerance() * 100));
    } else if (goal.balanced() && Math.abs(deviationAfter) > Math.abs(deviationBefore) + 1e-12) {
      reasons.add(
          String.format(
              Locale.ROOT,
              "would worsen %s balance: %s from %.3f to %.3f of target",
              metric,
              territory,
              1 + deviationBefore,
              ratioAfter));
    }
  }

  private double distanceToCentroid(int unit, int territory) {
    return Math.hypot(
        graph.x(unit) - partition.centroidX(territory),
        graph.y(unit) - partition.centroidY(territory));
  }
}
