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
    Pieces pieces = Pieces.of(partition);
    int[] piecesPerTerritory = new int[partition.territories];
    for (int p = 0; p < pieces.count; p++) {
      piecesPerTerritory[pieces.territory[p]]++;
    }
    return (int) Arrays.stream(piecesPerTerritory).filter(c -> c > 1).count();
  }

  private static int repairPass(Partition partition, DesignSpec spec) {
    Pieces pieces = Pieces.of(partition);
    int[] keep = new int[partition.territories];
    Arrays.fill(keep, -1);
    for (int p = 0; p < pieces.count; p++) {
      int t = pieces.territory[p];
      if (keep[t] < 0 || pieces.weight[p] > pieces.weight[keep[t]]) {
        keep[t] = p;
      }
    }
    UnitGraph graph = partition.graph;
    int[] edgesTo = new int[partition.territories];
    int moved = 0;
    for (int p = 0; p < pieces.count; p++) {
      int from = pieces.territory[p];
      if (keep[from] == p || pieces.hasLockedUnit(p, spec)) {
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

  /** The connected pieces of all territories: units grouped by piece. */
  private static final class Pieces {
    int count;
    int[] territory;
    double[] weight;
    int[] start;
    int[] units;

    static Pieces of(Partition partition) {
      UnitGraph graph = partition.graph;
      int n = graph.size();
      int[] pieceOf = new int[n];
      Arrays.fill(pieceOf, -1);
      Pieces pieces = new Pieces();
      pieces.units = new int[n];
      pieces.start = new int[n + 1];
      pieces.territory = new int[n];
      pieces.weight = new double[n];
      int filled = 0;
      for (int seed = 0; seed < n; seed++) {
        if (pieceOf[seed] >= 0) {
          continue;
        }
        int p = pieces.count++;
        int t = partition.territoryOf(seed);
        pieces.territory[p] = t;
        pieces.start[p] = filled;
        pieceOf[seed] = p;
        pieces.units[filled++] = seed;
        for (int head = pieces.start[p]; head < filled; head++) {
          int v = pieces.units[head];
          pieces.weight[p] += partition.spreadWeight(v);
          for (int j = graph.neighbourStart(v); j < graph.neighbourEnd(v); j++) {
            int w = graph.neighbourAt(j);
            if (pieceOf[w] < 0 && partition.territoryOf(w) == t) {
              pieceOf[w] = p;
              pieces.units[filled++] = w;
            }
          }
        }
      }
      pieces.start[pieces.count] = filled;
      return pieces;
    }

    boolean hasLockedUnit(int p, DesignSpec spec) {
      for (int i = start[p]; i < start[p + 1]; i++) {
        if (spec.lockedTerritory(units[i]) >= 0) {
          return true;
        }
      }
      return false;
    }
  }
}
