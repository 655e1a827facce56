package com.territoryplanner.balancing.engine.design;

import java.util.Arrays;

/** Andrew's monotone chain over unit positions: the units on the convex hull of a set. */
final class ConvexHull {

  private ConvexHull() {}

  /** The hull of units[0 .. count-1], counter-clockwise; fewer than three units come back as is. */
  static int[] of(UnitGraph graph, int[] units, int count) {
    Integer[] sorted = new Integer[count];
    for (int i = 0; i < count; i++) {
      sorted[i] = units[i];
    }
    Arrays.sort(
        sorted,
        (p, q) ->
            graph.x(p) != graph.x(q)
                ? Double.compare(graph.x(p), graph.x(q))
                : Double.compare(graph.y(p), graph.y(q)));
    if (count <= 2) {
      return Arrays.stream(sorted).mapToInt(Integer::intValue).toArray();
    }
    int[] hull = new int[2 * count];
    int size = 0;
    for (int pass = 0; pass < 2; pass++) {
      int floor = size;
      for (int step = 0; step < count; step++) {
        int p = pass == 0 ? sorted[step] : sorted[count - 1 - step];
        while (size >= floor + 2 && cross(graph, hull[size - 2], hull[size - 1], p) <= 0) {
          size--;
        }
        hull[size++] = p;
      }
      size--;
    }
    return Arrays.copyOf(hull, size);
  }

  /** The two units farthest apart among units[0 .. count-1], or {-1, -1} for none. */
  static int[] farthestPair(UnitGraph graph, int[] units, int count) {
    int[] hull = of(graph, units, count);
    int[] pair = {count > 0 ? units[0] : -1, count > 0 ? units[0] : -1};
    double widest = 0;
    for (int i = 0; i < hull.length; i++) {
      for (int j = i + 1; j < hull.length; j++) {
        double d = graph.distanceKm(hull[i], hull[j]);
        if (d > widest) {
          widest = d;
          pair[0] = hull[i];
          pair[1] = hull[j];
        }
      }
    }
    return pair;
  }

  private static double cross(UnitGraph g, int o, int a, int b) {
    return (g.x(a) - g.x(o)) * (g.y(b) - g.y(o)) - (g.y(a) - g.y(o)) * (g.x(b) - g.x(o));
  }
}
