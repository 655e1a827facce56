package com.territoryplanner.balancing.engine.design;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** Andrew's monotone chain: the convex hull of points given as {x, y}. */
final class ConvexHull {

  private ConvexHull() {}

  static List<double[]> of(List<double[]> points) {
    List<double[]> sorted = new ArrayList<>(points);
    sorted.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
    if (sorted.size() <= 2) {
      return sorted;
    }
    List<double[]> hull = new ArrayList<>();
    for (int pass = 0; pass < 2; pass++) {
      int floor = hull.size();
      for (double[] p : sorted) {
        while (hull.size() >= floor + 2
            && cross(hull.get(hull.size() - 2), hull.get(hull.size() - 1), p) <= 0) {
          hull.remove(hull.size() - 1);
        }
        hull.add(p);
      }
      hull.remove(hull.size() - 1);
      Collections.reverse(sorted);
    }
    return hull;
  }

  private static double cross(double[] o, double[] a, double[] b) {
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  }
}
