package com.territoryplanner.balancing.engine.design;

import java.util.List;
import java.util.SplittableRandom;

/** Small test instances: units on a grid with 4-neighbour adjacency. */
final class Grids {

  private Grids() {}

  /** rows x cols units about 10 km apart, metrics drawn uniformly from [low, high]. */
  static UnitGraph grid(int rows, int cols, List<String> metrics, double low, double high) {
    return grid(rows, cols, metrics, low, high, (row, col) -> 1);
  }

  /** Like {@link #grid(int, int, List, double, double)}, each unit's metrics times a factor. */
  static UnitGraph grid(
      int rows, int cols, List<String> metrics, double low, double high, Factor factor) {
    SplittableRandom random = new SplittableRandom(42);
    UnitGraph.Builder builder = UnitGraph.builder(metrics);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        double[] values = new double[metrics.size()];
        for (int m = 0; m < values.length; m++) {
          values[m] = Math.rint(low + random.nextDouble() * (high - low)) * factor.of(r, c);
        }
        builder.unit(id(r, c), r * 0.09, c * 0.09, values);
      }
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (r + 1 < rows) {
          builder.edge(id(r, c), id(r + 1, c));
        }
        if (c + 1 < cols) {
          builder.edge(id(r, c), id(r, c + 1));
        }
      }
    }
    return builder.build();
  }

  interface Factor {
    double of(int row, int col);
  }

  static String id(int row, int col) {
    return "r" + row + "c" + col;
  }
}
