package com.territoryplanner.balancing.engine.design;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Local search over boundary moves: a unit on a territory's edge moves to a neighbouring territory
 * when that lowers the objective and its old territory stays connected. First it pulls every
 * territory into its tolerance band (deviations cost quadratically, so load flows downhill from
 * heavy to light territories like diffusion; swaps trade between metrics; focused shakes leave
 * local optima); then, with the band held as a hard limit, it anneals the territories compact.
 * Locks and the disruption budget hold throughout.
 */
final class BoundarySearch {

  /** Out-of-band deviations cost this much more than in-band ones. */
  private static final double BAND_PENALTY = 100;

  /**
   * For a goal that only bounds its metric, how far past a bound (relative to the target) costs as
   * much as a full tolerance band of a balanced goal.
   */
  private static final double BOUND_SCALE = 0.01;

  /** The share of the tolerance the search holds, so that rounding never decides feasibility. */
  private static final double BAND_NARROWING = 0.995;

  /** In the balancing phase compactness only breaks ties. */
  private static final double BALANCING_COMPACTNESS = 0.02;

  /** In the compacting phase balance inside the band only breaks ties. */
  private static final double COMPACTING_BALANCE = 0.05;

  /** Annealing cools to this fraction of its starting temperature. */
  private static final double FINAL_TEMPERATURE = 1e-3;

  /** Objective cost of moving an average unit away from its current territory. */
  private static final double DISRUPTION_COST = 0.05;

  /** Picks per unit of one shake. */
  private static final int SHAKE_PICKS_PER_UNIT = 2;

  /** A phase ends after this many unit picks per unit without an improving move. */
  private static final int STALL_PICKS_PER_UNIT = 4;

  private final Partition partition;
  private final DesignSpec spec;
  private final SplittableRandom random;
  private final double[] tolerance;
  private final double[] excessScale;
  private final Bands bands;
  private final double[] goalWeight;
  private final double spreadScale;
  private final int[] candidates;
  private double balanceWeight;
  private double compactWeight;
  private boolean bandIsHard;
  private final double[] term;
  private final double disruptionLimit;
  private final double travelWeight;
  private final double disruptionCostPerWeight;
  private double temperature;
  private long balancedAt = -1;
  private int bestTarget;
  private double bestFromTerm;
  private double bestToTerm;

  BoundarySearch(Partition partition, DesignSpec spec, long seed) {
    this.partition = partition;
    this.spec = spec;
    this.random = new SplittableRandom(seed);
    int goals = partition.goalCount;
    this.tolerance = new double[goals];
    this.excessScale = new double[goals];
    this.goalWeight = new double[goals];
    for (int g = 0; g < goals; g++) {
      MetricGoal goal = spec.goals().get(g);
      tolerance[g] = goal.tolerance();
      excessScale[g] = goal.balanced() ? goal.tolerance() : BOUND_SCALE;
      goalWeight[g] = goal.weight();
    }
    this.bands = Bands.of(partition.graph, spec, BAND_NARROWING);
    double spreadSum = 0;
    for (int t = 0; t < partition.territories; t++) {
      spreadSum += partition.spread(t);
    }
    this.spreadScale = spreadSum > 0 ? spreadSum / partition.territories : 1;
    DisruptionBudget disruption = spec.disruption();
    UnitGraph graph = partition.graph;
    this.disruptionLimit =
        disruption == null ? Double.POSITIVE_INFINITY : disruption.limit(graph) + 1e-9;
    // Keeping a unit where it is counts for a little even within the budget.
    double meanWeight =
        disruption == null ? 1 : Math.max(1e-12, disruption.total(graph) / graph.size());
    this.disruptionCostPerWeight = DISRUPTION_COST / meanWeight;
    this.travelWeight = spec.homes() == null ? 0 : spec.homes().weight();
    this.candidates = new int[64];
    this.term = new double[partition.territories];
  }

  /** Runs both phases until done or the deadline (System.nanoTime) passes. */
  void run(long balanceDeadline, long deadline) {
    configure(1, BALANCING_COMPACTNESS, false);
    int[] everyUnit = new int[partition.graph.size()];
    Arrays.setAll(everyUnit, u -> u);
    descend(everyUnit, balanceDeadline, true);
    while (outOfBand() > 0 && !past(balanceDeadline)) {
      // Only a few territories are left out of band: work on them and their neighbours, so that
      // a shake does not disturb the territories that are fine.
      int[] focus = unitsAroundOutOfBand();
      shake(focus, balanceDeadline);
      descend(focus, balanceDeadline, true);
    }
    if (outOfBand() == 0) {
      balancedAt = System.nanoTime();
      configure(COMPACTING_BALANCE, 1, true);
      anneal(everyUnit, deadline);
      temperature = 0;
      descend(everyUnit, deadline, false);
    }
  }

  /**
   * Simulated annealing on compactness: worse moves pass with probability exp(-delta / T) while T
   * cools geometrically until the deadline, which lets boundaries slide past local optima.
   */
  private void anneal(int[] pool, long deadline) {
    long start = System.nanoTime();
    double initial = typicalWorsening(pool);
    if (!(initial > 0) || deadline <= start) {
      return;
    }
    long picks = 0;
    temperature = initial;
    while (true) {
      if ((++picks & 1023) == 0) {
        long now = System.nanoTime();
        if (past(deadline)) {
          return;
        }
        double progress = (double) (now - start) / (deadline - start);
        temperature = initial * Math.pow(FINAL_TEMPERATURE, progress);
      }
      tryMove(pick(pool));
    }
  }

  /**
   * A burst of random walk at the typical cost of a worse move, to leave a balancing local optimum
   * that still has territories out of band.
   */
  private void shake(int[] pool, long deadline) {
    temperature = typicalWorsening(pool);
    for (int picks = 0; picks < SHAKE_PICKS_PER_UNIT * pool.length; picks++) {
      if ((picks & 1023) == 0 && past(deadline)) {
        break;
      }
      tryMove(pick(pool));
    }
    temperature = 0;
  }

  /** Whether the deadline (System.nanoTime) has passed or the caller asked to stop. */
  private boolean past(long deadline) {
    return System.nanoTime() >= deadline || spec.stopRequested().getAsBoolean();
  }

  private int pick(int[] pool) {
    return pool[random.nextInt(pool.length)];
  }

  /** Units of out-of-band territories and of the territories next to them. */
  private int[] unitsAroundOutOfBand() {
    UnitGraph graph = partition.graph;
    boolean[] marked = new boolean[partition.territories];
    for (int u = 0; u < graph.size(); u++) {
      int t = partition.territoryOf(u);
      if (outOfBand(t)) {
        marked[t] = true;
        for (int i = graph.neighbourStart(u), end = graph.neighbourEnd(u); i < end; i++) {
          marked[partition.territoryOf(graph.neighbourAt(i))] = true;
        }
      }
    }
    return IntStream.range(0, graph.size()).filter(u -> marked[partition.territoryOf(u)]).toArray();
  }

  /** The median cost of a worsening boundary move, sampled. */
  private double typicalWorsening(int[] pool) {
    double[] samples = new double[512];
    int count = 0;
    for (int attempt = 0; attempt < 200 * samples.length && count < samples.length; attempt++) {
      double delta = bestDelta(pick(pool));
      if (delta > 0 && delta < Double.MAX_VALUE) {
        samples[count++] = delta;
      }
    }
    if (count == 0) {
      return 0;
    }
    Arrays.sort(samples, 0, count);
    return samples[count / 2];
  }

  private void configure(double balance, double compact, boolean hardBand) {
    this.balanceWeight = balance;
    this.compactWeight = compact;
    this.bandIsHard = hardBand;
    for (int t = 0; t < partition.territories; t++) {
      term[t] = termAfter(t, -1, 0);
    }
  }

  /** The bands the search holds territories within (a sliver inside tolerance). */
  Bands bands() {
    return bands;
  }

  double disruptionLimit() {
    return disruptionLimit;
  }

  /** When (System.nanoTime) every territory first lay within its band, or -1. */
  long balancedAt() {
    return balancedAt;
  }

  /** Territory-goal pairs outside their band. */
  int outOfBand() {
    int count = 0;
    for (int t = 0; t < partition.territories; t++) {
      for (int g = 0; g < partition.goalCount; g++) {
        if (bands.excess(t, g, partition.deviation(t, g)) > 0) {
          count++;
        }
      }
    }
    return count;
  }

  double objective() {
    double sum = 0;
    for (double value : term) {
      sum += value;
    }
    return sum;
  }

  private void descend(int[] pool, long deadline, boolean untilInBand) {
    long stallLimit = (long) STALL_PICKS_PER_UNIT * pool.length;
    long sinceImprovement = 0;
    long picks = 0;
    while (sinceImprovement < stallLimit) {
      if ((++picks & 1023) == 0) {
        if (past(deadline)) {
          return;
        }
        if (untilInBand && (picks & 16383) == 0 && outOfBand() == 0) {
          return;
        }
      }
      int u = pick(pool);
      boolean improved = tryMove(u) || (untilInBand && trySwap(u));
      sinceImprovement = improved ? 0 : sinceImprovement + 1;
    }
  }

  /** Moves u to its best neighbouring territory if that improves the objective (or anneals). */
  private boolean tryMove(int u) {
    double delta = bestDelta(u);
    if (delta == Double.MAX_VALUE || !accept(delta) || !partition.staysConnectedWithout(u)) {
      return false;
    }
    int from = partition.territoryOf(u);
    partition.move(u, bestTarget);
    term[from] = bestFromTerm;
    term[bestTarget] = bestToTerm;
    return delta < 0;
  }

  /**
   * Exchanges u with a unit v of a neighbouring territory when that improves the objective. Several
   * balanced metrics often need this: a territory heavy in one metric and light in another cannot
   * shed a unit without breaking the other, but can trade one.
   */
  private boolean trySwap(int u) {
    int from = partition.territoryOf(u);
    if (!outOfBand(from) || partition.size(from) == 1 || spec.lockedTerritory(u) >= 0) {
      return false;
    }
    UnitGraph graph = partition.graph;
    int candidateCount = neighbourTerritories(u, from);
    for (int c = 0; c < candidateCount; c++) {
      int to = candidates[c];
      double fromAfter = termAfter(from, u, -1);
      double toAfter = termAfter(to, u, 1);
      double first =
          fromAfter
              - term[from]
              + toAfter
              - term[to]
              + changeDelta(u, from, to) * disruptionCostPerWeight;
      if (!partition.staysConnectedWithout(u)) {
        return false;
      }
      double fromBefore = term[from];
      double toBefore = term[to];
      partition.move(u, to);
      term[from] = fromAfter;
      term[to] = toAfter;
      double second = Double.MAX_VALUE;
      int back = -1;
      double fromFinal = 0;
      double toFinal = 0;
      for (int j = graph.neighbourStart(u), jEnd = graph.neighbourEnd(u); j < jEnd; j++) {
        int w = graph.neighbourAt(j);
        if (partition.territoryOf(w) != to || spec.lockedTerritory(w) >= 0 || !touches(w, from)) {
          continue;
        }
        double change = changeDelta(w, to, from);
        if (partition.changed() + change > disruptionLimit) {
          continue;
        }
        double toAfterW = termAfter(to, w, -1);
        double fromAfterW = termAfter(from, w, 1);
        double delta =
            toAfterW - term[to] + fromAfterW - term[from] + change * disruptionCostPerWeight;
        if (delta < second) {
          second = delta;
          back = w;
          fromFinal = fromAfterW;
          toFinal = toAfterW;
        }
      }
      if (back >= 0 && first + second < -1e-12 && partition.staysConnectedWithout(back)) {
        partition.move(back, from);
        term[from] = fromFinal;
        term[to] = toFinal;
        return true;
      }
      partition.move(u, from);
      term[from] = fromBefore;
      term[to] = toBefore;
    }
    return false;
  }

  private boolean touches(int u, int territory) {
    UnitGraph graph = partition.graph;
    for (int i = graph.neighbourStart(u), end = graph.neighbourEnd(u); i < end; i++) {
      if (partition.territoryOf(graph.neighbourAt(i)) == territory) {
        return true;
      }
    }
    return false;
  }

  private boolean outOfBand(int t) {
    for (int g = 0; g < partition.goalCount; g++) {
      if (bands.excess(t, g, partition.deviation(t, g)) > 0) {
        return true;
      }
    }
    return false;
  }

  private boolean accept(double delta) {
    if (delta < -1e-12) {
      return true;
    }
    return temperature > 0 && random.nextDouble() < Math.exp(-delta / temperature);
  }

  /**
   * The objective change of moving u to its best neighbouring territory, remembered in the best*
   * fields; Double.MAX_VALUE when u cannot move.
   */
  private double bestDelta(int u) {
    int from = partition.territoryOf(u);
    if (partition.size(from) == 1 || spec.lockedTerritory(u) >= 0) {
      return Double.MAX_VALUE;
    }
    int candidateCount = neighbourTerritories(u, from);
    if (candidateCount == 0) {
      return Double.MAX_VALUE;
    }
    double fromAfter = termAfter(from, u, -1);
    if (Double.isNaN(fromAfter)) {
      return Double.MAX_VALUE;
    }
    double bestDelta = Double.MAX_VALUE;
    for (int c = 0; c < candidateCount; c++) {
      int to = candidates[c];
      double toAfter = termAfter(to, u, 1);
      double change = changeDelta(u, from, to);
      if (Double.isNaN(toAfter) || partition.changed() + change > disruptionLimit) {
        continue;
      }
      double delta = fromAfter - term[from] + toAfter - term[to] + change * disruptionCostPerWeight;
      if (delta < bestDelta) {
        bestDelta = delta;
        bestTarget = to;
        bestFromTerm = fromAfter;
        bestToTerm = toAfter;
      }
    }
    return bestDelta;
  }

  /** How the disruption weight changes when u moves from one territory to another. */
  private double changeDelta(int u, int from, int to) {
    return partition.changeWeight(u, to) - partition.changeWeight(u, from);
  }

  /** Collects the territories other than from that u touches into candidates; returns how many. */
  private int neighbourTerritories(int u, int from) {
    UnitGraph graph = partition.graph;
    int count = 0;
    for (int i = graph.neighbourStart(u), end = graph.neighbourEnd(u); i < end; i++) {
      int t = partition.territoryOf(graph.neighbourAt(i));
      if (t != from && !contains(candidates, count, t) && count < candidates.length) {
        candidates[count++] = t;
      }
    }
    return count;
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int i = 0; i < count; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  /**
   * A territory's share of the objective after adding (sign 1) or removing (sign -1) unit u, or NaN
   * when a hard band forbids the change; u = -1 gives the current value.
   */
  private double termAfter(int t, int u, int sign) {
    double balance = 0;
    for (int g = 0; g < partition.goalCount; g++) {
      double before = partition.deviation(t, g);
      double deviation =
          u < 0
              ? before
              : (partition.load(t, g) + sign * partition.unitValue(g, u)) / partition.target(t, g)
                  - 1;
      double excess = bands.excess(t, g, deviation);
      if (excess > 0) {
        if (bandIsHard && u >= 0 && excess > bands.excess(t, g, before)) {
          return Double.NaN;
        }
        // Linear as well as quadratic, so that even a sliver outside the band outweighs
        // reshuffling inside it; a bound holds whatever the goal's weight.
        double relative = excess / excessScale[g];
        balance += Math.max(1, goalWeight[g]) * BAND_PENALTY * (relative + relative * relative);
      }
      if (goalWeight[g] > 0) {
        balance += goalWeight[g] * (deviation / tolerance[g]) * (deviation / tolerance[g]);
      }
    }
    double spread = partition.spreadAfter(t, Math.max(u, 0), u < 0 ? 0 : sign);
    if (travelWeight > 0) {
      spread += travelWeight * partition.travelAfter(t, Math.max(u, 0), u < 0 ? 0 : sign);
    }
    return balanceWeight * balance + compactWeight * spread / spreadScale;
  }
}
