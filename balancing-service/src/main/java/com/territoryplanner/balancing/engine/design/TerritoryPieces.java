package com.territoryplanner.balancing.engine.design;

import java.util.Arrays;

/** The connected pieces of every territory in the adjacency graph: units grouped by piece. */
final class TerritoryPieces {

  /** How many pieces there are. */
  final int count;

  /** Per piece, its territory. */
  final int[] territory;

  /** Per piece p, its units are units[start[p] .. start[p + 1] - 1]. */
  final int[] start;

  final int[] units;

  private TerritoryPieces(int count, int[] territory, int[] start, int[] units) {
    this.count = count;
    this.territory = territory;
    this.start = start;
    this.units = units;
  }

  static TerritoryPieces of(UnitGraph graph, int[] territoryOf) {
    int n = graph.size();
    int[] pieceOf = new int[n];
    Arrays.fill(pieceOf, -1);
    int[] units = new int[n];
    int[] start = new int[n + 1];
    int[] territory = new int[n];
    int count = 0;
    int filled = 0;
    for (int seed = 0; seed < n; seed++) {
      if (pieceOf[seed] >= 0) {
        continue;
      }
      int p = count++;
      int t = territoryOf[seed];
      territory[p] = t;
      start[p] = filled;
      pieceOf[seed] = p;
      units[filled++] = seed;
      for (int head = start[p]; head < filled; head++) {
        int v = units[head];
        for (int j = graph.neighbourStart(v); j < graph.neighbourEnd(v); j++) {
          int w = graph.neighbourAt(j);
          if (pieceOf[w] < 0 && territoryOf[w] == t) {
            pieceOf[w] = p;
            units[filled++] = w;
          }
        }
      }
    }
    start[count] = filled;
    return new TerritoryPieces(count, territory, start, units);
  }

  /** How many pieces each of k territories has (0 for an empty one). */
  int[] perTerritory(int k) {
    int[] pieces = new int[k];
    for (int p = 0; p < count; p++) {
      pieces[territory[p]]++;
    }
    return pieces;
  }
}
