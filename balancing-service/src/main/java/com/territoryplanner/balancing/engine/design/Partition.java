package com.territoryplanner.balancing.engine.design;

/**
 * A mutable assignment of units to territories with the running sums that make a move's effect
 * cheap to evaluate: each territory's metric loads, size, and the weighted first and second moments
 * of its units' positions (so its centroid and spread cost O(1)).
 */
final class Partition {

  private static final int CONNECTIVITY_SEARCH_LIMIT = 4096;

  final UnitGraph graph;
  final int territories;
  final int goalCount;
  private final int[] goalMetric;
  private final double[] target;
  private final double[] spreadWeight;

  private final int[] territoryOf;
  private final int[] size;
  private final double[] load;
  private final double[] weight;
  private final double[] sumX;
  private final double[] sumY;
  private final double[] sumSquares;

  private final DisruptionBudget disruption;
  private final double[] homeX;
  private final double[] homeY;
  private double scratchWeight;
  private double scratchX;
  private double scratchY;
  private double scratchSquares;
  private double changed;

  private final int[] visitMark;
  private final int[] targetMark;
  private final int[] queue;
  private int epoch;

  Partition(UnitGraph graph, DesignSpec spec, int[] initial) {
    this.graph = graph;
    this.territories = spec.territories();
    this.goalCount = spec.goals().size();
    this.goalMetric = new int[goalCount];
    this.target = new double[territories * goalCount];
    for (int g = 0; g < goalCount; g++) {
      goalMetric[g] = spec.goals().get(g).metric();
      for (int t = 0; t < territories; t++) {
        target[t * goalCount + g] = spec.target(graph, t, goalMetric[g]);
      }
    }
    this.spreadWeight = spreadWeights(graph);
    int n = graph.size();
    this.territoryOf = initial.clone();
    this.size = new int[territories];
    this.load = new double[territories * goalCount];
    for (int t = 0; t < territories; t++) {
      for (int g = 0; g < goalCount; g++) {
        load[t * goalCount + g] = spec.fixedLoad(t, goalMetric[g]);
      }
    }
    this.weight = new double[territories];
    this.sumX = new double[territories];
    this.sumY = new double[territories];
    this.sumSquares = new double[territories];
    this.disruption = spec.disruption();
    HomeBases homes = spec.homes();
    this.homeX = homes == null ? null : new double[territories];
    this.homeY = homes == null ? null : new double[territories];
    for (int t = 0; homes != null && t < territories; t++) {
      homeX[t] = graph.projectX(homes.longitude()[t]);
      homeY[t] = graph.projectY(homes.latitude()[t]);
    }
    for (int u = 0; u < n; u++) {
      add(u, territoryOf[u], 1);
      changed += changeWeight(u, territoryOf[u]);
    }
    this.visitMark = new int[n];
    this.targetMark = new int[n];
    this.queue = new int[n];
  }

  /**
   * Compactness weighs units by the first metric, as territory planners read it (people or
   * customers far from the centre matter, empty land does not), plus a small floor so that empty
   * units still count.
   */
  private static double[] spreadWeights(UnitGraph graph) {
    int n = graph.size();
    double[] weights = new double[n];
    double floor = graph.metricCount() == 0 ? 1 : 0.05 * graph.metricTotal(0) / n;
    if (!(floor > 0)) {
      floor = 1;
    }
    for (int u = 0; u < n; u++) {
      weights[u] = floor + (graph.metricCount() == 0 ? 0 : graph.metric(0, u));
    }
    return weights;
  }

  private void add(int u, int t, int sign) {
    size[t] += sign;
    for (int g = 0; g < goalCount; g++) {
      load[t * goalCount + g] += sign * graph.metric(goalMetric[g], u);
    }
    double w = sign * spreadWeight[u];
    double x = graph.x(u);
    double y = graph.y(u);
    weight[t] += w;
    sumX[t] += w * x;
    sumY[t] += w * y;
    sumSquares[t] += w * (x * x + y * y);
  }

  void move(int u, int to) {
    changed += changeWeight(u, to) - changeWeight(u, territoryOf[u]);
    add(u, territoryOf[u], -1);
    territoryOf[u] = to;
    add(u, to, 1);
  }

  /** The disruption weight u counts while it sits in territory t: 0 in its current one. */
  double changeWeight(int u, int t) {
    if (disruption == null) {
      return 0;
    }
    int current = disruption.current(u);
    return current < 0 || current == t ? 0 : disruption.weight(graph, u);
  }

  /** Disruption weight of all units away from their current territory. */
  double changed() {
    return changed;
  }

  int territoryOf(int u) {
    return territoryOf[u];
  }

  int[] assignment() {
    return territoryOf.clone();
  }

  int size(int t) {
    return size[t];
  }

  double unitValue(int goal, int u) {
    return graph.metric(goalMetric[goal], u);
  }

  double load(int t, int goal) {
    return load[t * goalCount + goal];
  }

  double target(int t, int goal) {
    return target[t * goalCount + goal];
  }

  /** Load relative to target minus one: 0.01 means 1% heavy. */
  double deviation(int t, int goal) {
    return load[t * goalCount + goal] / target[t * goalCount + goal] - 1;
  }

  double spreadWeight(int u) {
    return spreadWeight[u];
  }

  /** Weighted mean squared distance of a territory's units from its centroid, in km squared. */
  double spread(int t) {
    return spreadAfter(t, 0, 0);
  }

  /** {@link #spread} after adding (sign 1) or removing (sign -1) unit u; sign 0 leaves it. */
  double spreadAfter(int t, int u, int sign) {
    sumsAfter(t, u, sign);
    if (scratchWeight <= 0) {
      return 0;
    }
    return Math.max(
        0,
        scratchSquares / scratchWeight
            - (scratchX * scratchX + scratchY * scratchY) / (scratchWeight * scratchWeight));
  }

  /**
   * Weighted mean squared distance of a territory's units from its rep's home base after adding
   * (sign 1) or removing (sign -1) unit u; 0 without home bases.
   */
  double travelAfter(int t, int u, int sign) {
    if (homeX == null) {
      return 0;
    }
    sumsAfter(t, u, sign);
    if (scratchWeight <= 0) {
      return 0;
    }
    double hx = homeX[t];
    double hy = homeY[t];
    return Math.max(
        0,
        (scratchSquares - 2 * (hx * scratchX + hy * scratchY)) / scratchWeight + hx * hx + hy * hy);
  }

  /** The territory's running sums with unit u added or removed, into the scratch fields. */
  private void sumsAfter(int t, int u, int sign) {
    scratchWeight = weight[t];
    scratchX = sumX[t];
    scratchY = sumY[t];
    scratchSquares = sumSquares[t];
    if (sign != 0) {
      double uw = sign * spreadWeight[u];
      double x = graph.x(u);
      double y = graph.y(u);
      scratchWeight += uw;
      scratchX += uw * x;
      scratchY += uw * y;
      scratchSquares += uw * (x * x + y * y);
    }
  }

  double centroidX(int t) {
    return sumX[t] / weight[t];
  }

  double centroidY(int t) {
    return sumY[t] / weight[t];
  }

  /**
   * Whether territory of u stays one connected piece without u. Searches from one of u's neighbours
   * in the territory until all of them are reached; a search that grows past a bound answers no,
   * which only forgoes a move.
   */
  boolean staysConnectedWithout(int u) {
    int t = territoryOf[u];
    epoch++;
    int first = -1;
    int remaining = 0;
    for (int i = graph.neighbourStart(u), end = graph.neighbourEnd(u); i < end; i++) {
      int v = graph.neighbourAt(i);
      if (territoryOf[v] == t) {
        if (first < 0) {
          first = v;
        } else {
          targetMark[v] = epoch;
          remaining++;
        }
      }
    }
    if (remaining == 0) {
      return true;
    }
    visitMark[u] = epoch;
    visitMark[first] = epoch;
    int head = 0;
    int tail = 0;
    queue[tail++] = first;
    while (head < tail && tail < CONNECTIVITY_SEARCH_LIMIT) {
      int v = queue[head++];
      for (int i = graph.neighbourStart(v), end = graph.neighbourEnd(v); i < end; i++) {
        int w = graph.neighbourAt(i);
        if (territoryOf[w] == t && visitMark[w] != epoch) {
          visitMark[w] = epoch;
          if (targetMark[w] == epoch && --remaining == 0) {
            return true;
          }
          queue[tail++] = w;
        }
      }
    }
    return false;
  }
}
