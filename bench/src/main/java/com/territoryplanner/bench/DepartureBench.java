package com.territoryplanner.bench;

import com.territoryplanner.balancing.engine.design.DesignSpec;
import com.territoryplanner.balancing.engine.design.TerritoryDesigner;
import com.territoryplanner.balancing.engine.design.UnitGraph;
import com.territoryplanner.balancing.engine.design.VacancyHandover;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench/departure}: a rep leaves a plan of many territories; the engine hands the vacated
 * territory to its neighbours. Checks each handover independently of the engine (no territory that
 * does not border the vacated one changes, the receivers share the vacancy within the tolerance,
 * every territory stays in one piece) and prints one JSON line of figures.
 */
public final class DepartureBench {

  private DepartureBench() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = BenchSupport.options(args);
    UnitGraph graph =
        BalanceBench.readGraph(
            Path.of(required(options, "--units")), Path.of(required(options, "--adjacency")));
    int territories = Integer.parseInt(options.getOrDefault("--territories", "100"));
    double tolerance = Double.parseDouble(options.getOrDefault("--tolerance", "0.05"));
    Duration limit =
        Duration.ofMillis(
            (long) (Double.parseDouble(options.getOrDefault("--seconds", "2")) * 1000));
    int vacancies = Integer.parseInt(options.getOrDefault("--vacancies", "10"));
    int first = Integer.parseInt(options.getOrDefault("--first", "0"));
    double tradeShare = Double.parseDouble(options.getOrDefault("--trade-share", "0.1"));
    DesignSpec design =
        DesignSpec.balanceAll(
            graph,
            territories,
            tolerance,
            Duration.ofSeconds(Long.parseLong(options.getOrDefault("--design-seconds", "15"))));
    int[] plan =
        options.containsKey("--partition")
            ? readPartition(Path.of(options.get("--partition")), graph)
            : TerritoryDesigner.design(graph, design).territoryOf();
    DesignSpec spec = DesignSpec.balanceAll(graph, territories, tolerance, limit);

    double[] seconds = new double[vacancies];
    int receivers = 0;
    long traded = 0;
    long nonBordering = 0;
    double worstShare = 0;
    int pieces = 0;
    double planMin = Double.POSITIVE_INFINITY;
    double planMax = 0;
    for (int i = 0; i < vacancies; i++) {
      int vacant = (first + i * territories / vacancies) % territories;
      long start = System.nanoTime();
      VacancyHandover.Handover handover =
          VacancyHandover.handOver(graph, spec, plan, vacant, tradeShare);
      seconds[i] = (System.nanoTime() - start) / 1e9;
      int[] after = handover.territoryOf();
      receivers += handover.receivers().length;
      boolean[] borders = bordering(graph, plan, vacant, territories);
      double together = 0;
      double[] load = new double[territories];
      for (int u = 0; u < graph.size(); u++) {
        if (after[u] != plan[u]) {
          traded += plan[u] != vacant ? 1 : 0;
          boolean outside = plan[u] != vacant && !borders[plan[u]] || !borders[after[u]];
          nonBordering += outside ? 1 : 0;
        }
        if (plan[u] == vacant || borders[plan[u]]) {
          together += graph.metric(0, u);
        }
        load[after[u]] += graph.metric(0, u);
      }
      int receiverCount = handover.receivers().length;
      double planMean = graph.metricTotal(0) / (territories - 1);
      for (int t = 0; t < territories; t++) {
        if (t == vacant) {
          continue;
        }
        if (borders[t]) {
          worstShare = Math.max(worstShare, Math.abs(load[t] / (together / receiverCount) - 1));
        }
        planMin = Math.min(planMin, load[t] / planMean);
        planMax = Math.max(planMax, load[t] / planMean);
      }
      pieces += fragmented(graph, after, territories);
    }
    Arrays.sort(seconds);
    System.out.println(
        String.format(
            Locale.ROOT,
            "{\"units\":%d,\"territories\":%d,\"tolerance\":%.3f,\"seconds_limit\":%.1f,"
                + "\"vacancies\":%d,\"handover_seconds_median\":%.2f,\"handover_seconds_max\":%.2f,"
                + "\"receivers_mean\":%.1f,\"max_receiver_deviation\":%.4f,"
                + "\"within_tolerance\":%b,\"receiver_units_traded\":%d,"
                + "\"units_changed_in_non_bordering_territories\":%d,"
                + "\"fragmented_territories\":%d,\"plan_min_ratio\":%.3f,\"plan_max_ratio\":%.3f}",
            graph.size(),
            territories,
            tolerance,
            limit.toMillis() / 1e3,
            vacancies,
            seconds[vacancies / 2],
            seconds[vacancies - 1],
            receivers / (double) vacancies,
            worstShare,
            worstShare <= tolerance,
            traded,
            nonBordering,
            pieces,
            planMin,
            planMax));
  }

  private static boolean[] bordering(UnitGraph graph, int[] plan, int vacant, int territories) {
    boolean[] borders = new boolean[territories];
    for (int u = 0; u < graph.size(); u++) {
      for (int i = graph.neighbourStart(u); plan[u] == vacant && i < graph.neighbourEnd(u); i++) {
        int t = plan[graph.neighbourAt(i)];
        borders[t] = t != vacant;
      }
    }
    return borders;
  }

  /** Territories in more than one connected piece, by a search of its own. */
  private static int fragmented(UnitGraph graph, int[] territoryOf, int territories) {
    int[] pieces = new int[territories];
    boolean[] seen = new boolean[graph.size()];
    int[] queue = new int[graph.size()];
    for (int s = 0; s < graph.size(); s++) {
      if (seen[s]) {
        continue;
      }
      pieces[territoryOf[s]]++;
      int head = 0;
      int tail = 0;
      queue[tail++] = s;
      seen[s] = true;
      while (head < tail) {
        int u = queue[head++];
        for (int i = graph.neighbourStart(u); i < graph.neighbourEnd(u); i++) {
          int v = graph.neighbourAt(i);
          if (!seen[v] && territoryOf[v] == territoryOf[u]) {
            seen[v] = true;
            queue[tail++] = v;
          }
        }
      }
    }
    return (int) Arrays.stream(pieces).filter(p -> p > 1).count();
  }

  /** An {@code id,territory} file as {@code bench/balance} writes it (territories T1, T2, ...). */
  private static int[] readPartition(Path file, UnitGraph graph) throws IOException {
    Map<String, Integer> byId = new HashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(file)) {
      reader.readLine();
      String line;
      while ((line = reader.readLine()) != null) {
        int comma = line.indexOf(',');
        if (comma > 0) {
          byId.put(
              line.substring(0, comma), Integer.parseInt(line.substring(comma + 2).trim()) - 1);
        }
      }
    }
    int[] plan = new int[graph.size()];
    for (int u = 0; u < graph.size(); u++) {
      plan[u] = byId.get(graph.id(u));
    }
    return plan;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }
}
