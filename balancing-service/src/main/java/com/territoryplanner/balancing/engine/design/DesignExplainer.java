package com.territoryplanner.balancing.engine.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/** Answers "why is this unit in this territory" for a finished design. */
public final class DesignExplainer {

  private DesignExplainer() {}

  /** territoryName names territory indexes in the reasons ("territory 3", "West"). */
  public static UnitExplanation explain(
      UnitGraph graph,
      DesignSpec spec,
      int[] territoryOf,
      int unit,
      IntFunction<String> territoryName) {
    Partition partition = new Partition(graph, spec, territoryOf);
    int from = territoryOf[unit];
    boolean locked = spec.lockedTerritory(unit) >= 0;
    boolean splits = partition.size(from) > 1 && !staysConnected(partition, unit);
    List<UnitExplanation.Alternative> alternatives = new ArrayList<>();
    boolean[] seen = new boolean[spec.territories()];
    seen[from] = true;
    for (int i = graph.neighbourStart(unit); i < graph.neighbourEnd(unit); i++) {
      int to = territoryOf[graph.neighbourAt(i)];
      if (!seen[to]) {
        seen[to] = true;
        alternatives.add(
            alternative(graph, spec, partition, unit, from, to, locked, splits, territoryName));
      }
    }
    return new UnitExplanation(
        graph.id(unit),
        from,
        locked,
        distanceToCentroid(graph, partition, unit, from),
        List.copyOf(alternatives));
  }

  private static boolean staysConnected(Partition partition, int unit) {
    // The partition's own check may give up on very long detours; here the answer must be exact.
    UnitGraph graph = partition.graph;
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

  private static UnitExplanation.Alternative alternative(
      UnitGraph graph,
      DesignSpec spec,
      Partition partition,
      int unit,
      int from,
      int to,
      boolean locked,
      boolean splits,
      IntFunction<String> territoryName) {
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
      MetricGoal goal = spec.goals().get(g);
      String name = graph.metricNames().get(goal.metric());
      double value = partition.unitValue(g, unit);
      double leavingRatio = (partition.load(from, g) - value) / partition.target(from, g);
      double joiningRatio = (partition.load(to, g) + value) / partition.target(to, g);
      leaving.add(leavingRatio);
      joining.add(joiningRatio);
      balanceReason(
          reasons, name, goal.tolerance(), leavingName, partition.deviation(from, g), leavingRatio);
      balanceReason(
          reasons, name, goal.tolerance(), joiningName, partition.deviation(to, g), joiningRatio);
    }
    double here = distanceToCentroid(graph, partition, unit, from);
    double there = distanceToCentroid(graph, partition, unit, to);
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

  /** Adds a reason when the move takes a territory outside its band or further from target. */
  private static void balanceReason(
      List<String> reasons,
      String metric,
      double tolerance,
      String territory,
      double deviationBefore,
      double ratioAfter) {
    double deviationAfter = ratioAfter - 1;
    if (Math.abs(deviationAfter) > tolerance + 1e-12
        && Math.abs(deviationAfter) > Math.abs(deviationBefore)) {
      reasons.add(
          String.format(
              Locale.ROOT,
              "would break %s balance: %s at %.3f of target, outside +-%.1f%%",
              metric,
              territory,
              ratioAfter,
              tolerance * 100));
    } else if (Math.abs(deviationAfter) > Math.abs(deviationBefore) + 1e-12) {
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

  private static double distanceToCentroid(
      UnitGraph graph, Partition partition, int unit, int territory) {
    return Math.hypot(
        graph.x(unit) - partition.centroidX(territory),
        graph.y(unit) - partition.centroidY(territory));
  }
}
