package com.territoryplanner.balancing.engine.design;

import java.util.Arrays;

/**
 * Makes every territory one connected piece of the adjacency graph: each territory keeps its
 * heaviest piece and hands every other piece, whole, to the neighbouring territory it shares the
 * most edges with. Balance suffers a little; the search repairs it.
 */
final class ContiguityRepair {

  private static final int MAX_PASSES = 64;

  private ContiguityRepair() {}

  /** Returns the number of territories still in several pieces (0 unless the graph forbids it). */
  static int repair(Partition partition, DesignSpec spec) {
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      if (repairPass(partition, spec) == 0) {
        return 0;
      }
    }
    return fragmentedTerritories(partition);
  }

  static int fragmentedTerritories(Partition partition) {
    return (int)
        Arrays.stream(
                TerritoryPieces.of(partition.graph, partition.assignment())
                    .perTerritory(partition.territories))
            .filter(c -> c > 1)
            .count();
  }

  private static int repairPass(Partition partition, DesignSpec spec) {
    TerritoryPieces pieces = TerritoryPieces.of(partition.graph, partition.assignment());
    double[] weight = new double[pieces.count];
    int[] keep = new int[partition.territories];
    Arrays.fill(keep, -1);
    for (int p = 0; p < pieces.count; p++) {
      for (int i = pieces.start[p]; i < pieces.start[p + 1]; i++) {
        weight[p] += partition.spreadWeight(pieces.units[i]);
      }
      int t = pieces.territory[p];
      if (keep[t] < 0 || weight[p] > weight[keep[t]]) {
        keep[t] = p;
      }
    }
    UnitGraph graph = partition.graph;
    int[] edgesTo = new int[partition.territories];
    int moved = 0;
    for (int p = 0; p < pieces.count; p++) {
      int from = pieces.territory[p];
      if (keep[from] == p || hasLockedUnit(pieces, p, spec)) {
        continue;
      }
      int best = -1;
      for (int i = pieces.start[p]; i < pieces.start[p + 1]; i++) {
        int u = pieces.units[i];
        for (int j = graph.neighbourStart(u); j < graph.neighbourEnd(u); j++) {
          int t = partition.territoryOf(graph.neighbourAt(j));
          if (t != from) {
            edgesTo[t]++;
            if (best < 0 || edgesTo[t] > edgesTo[best]) {
              best = t;
            }
          }
        }
      }
      if (best < 0) {
        continue;
      }
      for (int i = pieces.start[p]; i < pieces.start[p + 1]; i++) {
        int u = pieces.units[i];
        for (int j = graph.neighbourStart(u); j < graph.neighbourEnd(u); j++) {
          edgesTo[partition.territoryOf(graph.neighbourAt(j))] = 0;
        }
        partition.move(u, best);
      }
      moved++;
    }
    return moved;
  }

  private static boolean hasLockedUnit(TerritoryPieces pieces, int p, DesignSpec spec) {
    for (int i = pieces.start[p]; i < pieces.start[p + 1]; i++) {
      if (spec.lockedTerritory(pieces.units[i]) >= 0) {
        return true;
      }
    }
    return false;
  }
}
