package com.territoryplanner.balancing.engine.design;

import java.util.Arrays;

/**
 * The last phase: shrink the widest territory. One of the two units that are farthest apart in it
 * moves to a neighbouring territory when that keeps both in their bands and connected and leaves
 * the neighbour narrower than the widest was; repeat until no endpoint of the widest territory can
 * move or time runs out. Planners read the widest territory as the plan's worst drive.
 */
final class DiameterPolish {

  private final Partition partition;
  private final DesignSpec spec;
  private final Bands bands;
  private final double disruptionLimit;
  private final int[][] members;
  private final int[] memberCount;
  private final double[] diameter;
  private final int[] endA;
  private final int[] endB;

  DiameterPolish(Partition partition, DesignSpec spec, Bands bands, double disruptionLimit) {
    this.partition = partition;
    this.spec = spec;
    this.bands = bands;
    this.disruptionLimit = disruptionLimit;
    int k = partition.territories;
    this.memberCount = new int[k];
    this.members = new int[k][];
    for (int t = 0; t < k; t++) {
      members[t] = new int[Math.max(4, partition.size(t) * 2)];
    }
    for (int u = 0; u < partition.graph.size(); u++) {
      addMember(partition.territoryOf(u), u);
    }
    this.diameter = new double[k];
    this.endA = new int[k];
    this.endB = new int[k];
    for (int t = 0; t < k; t++) {
      measure(t);
    }
  }

  void run(long deadline) {
    while (System.nanoTime() < deadline && !spec.stopRequested().getAsBoolean()) {
      int widest = 0;
      for (int t = 1; t < diameter.length; t++) {
        if (diameter[t] > diameter[widest]) {
          widest = t;
        }
      }
      if (!shrink(widest, endA[widest]) && !shrink(widest, endB[widest])) {
        return;
      }
    }
  }

  /** Moves u out of its territory t if a neighbour takes it without becoming as wide. */
  private boolean shrink(int t, int u) {
    if (partition.size(t) <= 1 || spec.lockedTerritory(u) >= 0) {
      return false;
    }
    UnitGraph graph = partition.graph;
    int best = -1;
    double bestWidth = diameter[t];
    for (int i = graph.neighbourStart(u); i < graph.neighbourEnd(u); i++) {
      int to = partition.territoryOf(graph.neighbourAt(i));
      if (to == t || !keepsBands(u, t, to) || !withinDisruption(u, t, to)) {
        continue;
      }
      double width = diameter[to];
      for (int m = 0; m < memberCount[to] && width < bestWidth; m++) {
        width = Math.max(width, graph.distanceKm(u, members[to][m]));
      }
      if (width < bestWidth) {
        best = to;
        bestWidth = width;
      }
    }
    if (best < 0 || !partition.staysConnectedWithout(u)) {
      return false;
    }
    partition.move(u, best);
    removeMember(t, u);
    addMember(best, u);
    measure(t);
    measure(best);
    return true;
  }

  private boolean keepsBands(int u, int from, int to) {
    for (int g = 0; g < partition.goalCount; g++) {
      double value = partition.unitValue(g, u);
      double fromAfter = (partition.load(from, g) - value) / partition.target(from, g) - 1;
      double toAfter = (partition.load(to, g) + value) / partition.target(to, g) - 1;
      if (bands.excess(from, g, fromAfter) > 0 || bands.excess(to, g, toAfter) > 0) {
        return false;
      }
    }
    return true;
  }

  private boolean withinDisruption(int u, int from, int to) {
    double change = partition.changeWeight(u, to) - partition.changeWeight(u, from);
    return partition.changed() + change <= disruptionLimit;
  }

  /** A territory's diameter and its two farthest units. */
  private void measure(int t) {
    int[] pair = ConvexHull.farthestPair(partition.graph, members[t], memberCount[t]);
    endA[t] = pair[0];
    endB[t] = pair[1];
    diameter[t] = pair[0] < 0 ? 0 : partition.graph.distanceKm(pair[0], pair[1]);
  }

  private void addMember(int t, int u) {
    if (memberCount[t] == members[t].length) {
      members[t] = Arrays.copyOf(members[t], members[t].length * 2);
    }
    members[t][memberCount[t]++] = u;
  }

  private void removeMember(int t, int u) {
    for (int i = 0; i < memberCount[t]; i++) {
      if (members[t][i] == u) {
        members[t][i] = members[t][--memberCount[t]];
        return;
      }
    }
  }
}
