package com.territoryplanner.balancing.engine.design;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Relabels a fresh partition so that each piece goes to the territory whose home base is nearest
 * its centre, nearest pairs first. Only territories of equal target share swap labels, since each
 * piece was sized for its label's share.
 */
final class HomeMatching {

  private HomeMatching() {}

  static int[] relabel(UnitGraph graph, DesignSpec spec, int[] territoryOf) {
    int k = spec.territories();
    double[] sumX = new double[k];
    double[] sumY = new double[k];
    int[] count = new int[k];
    for (int u = 0; u < graph.size(); u++) {
      sumX[territoryOf[u]] += graph.x(u);
      sumY[territoryOf[u]] += graph.y(u);
      count[territoryOf[u]]++;
    }
    Map<Double, List<Integer>> byShare = new TreeMap<>();
    for (int t = 0; t < k; t++) {
      byShare.computeIfAbsent(spec.share(t), s -> new ArrayList<>()).add(t);
    }
    int[] labelOf = new int[k];
    for (List<Integer> group : byShare.values()) {
      List<double[]> pairs = new ArrayList<>();
      for (int piece : group) {
        double x = count[piece] == 0 ? 0 : sumX[piece] / count[piece];
        double y = count[piece] == 0 ? 0 : sumY[piece] / count[piece];
        for (int home : group) {
          double km =
              Math.hypot(
                  x - graph.projectX(spec.homes().longitude()[home]),
                  y - graph.projectY(spec.homes().latitude()[home]));
          pairs.add(new double[] {km, piece, home});
        }
      }
      pairs.sort(Comparator.comparingDouble(pair -> pair[0]));
      boolean[] pieceTaken = new boolean[k];
      boolean[] homeTaken = new boolean[k];
      for (double[] pair : pairs) {
        int piece = (int) pair[1];
        int home = (int) pair[2];
        if (!pieceTaken[piece] && !homeTaken[home]) {
          pieceTaken[piece] = true;
          homeTaken[home] = true;
          labelOf[piece] = home;
        }
      }
    }
    int[] relabelled = new int[territoryOf.length];
    for (int u = 0; u < territoryOf.length; u++) {
      relabelled[u] = labelOf[territoryOf[u]];
    }
    return relabelled;
  }
}
