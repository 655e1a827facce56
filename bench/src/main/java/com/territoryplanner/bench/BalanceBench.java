package com.territoryplanner.bench;

import com.territoryplanner.balancing.engine.design.DesignReport;
import com.territoryplanner.balancing.engine.design.DesignSpec;
import com.territoryplanner.balancing.engine.design.TerritoryDesign;
import com.territoryplanner.balancing.engine.design.TerritoryDesigner;
import com.territoryplanner.balancing.engine.design.UnitGraph;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * {@code bench/balance}: designs territories for a unit file and an adjacency file with the
 * balancing service's engine, writes {@code id,territory} and prints one JSON line of figures.
 */
public final class BalanceBench {

  private BalanceBench() {}

  public static void main(String[] args) throws IOException {
    Arguments arguments = Arguments.parse(args);
    UnitGraph graph =
        readGraph(
            Path.of(arguments.required("--units")), Path.of(arguments.required("--adjacency")));
    int territories = Integer.parseInt(arguments.required("--territories"));
    double tolerance = Double.parseDouble(arguments.required("--tolerance"));
    Duration limit =
        Duration.ofMillis((long) (Double.parseDouble(arguments.required("--seconds")) * 1000));
    DesignSpec defaults = DesignSpec.balanceAll(graph, territories, tolerance, limit);
    DesignSpec spec =
        new DesignSpec(
            territories,
            defaults.goals(),
            null,
            null,
            null,
            null,
            null,
            limit,
            Long.parseLong(arguments.optional("--seed", "1")),
            Integer.parseInt(arguments.optional("--threads", String.valueOf(defaults.threads()))),
            null);
    long designStart = System.nanoTime();
    TerritoryDesign design = TerritoryDesigner.design(graph, spec);
    double designSeconds = (System.nanoTime() - designStart) / 1e9;
    writeAssignment(Path.of(arguments.required("--out")), graph, design.territoryOf());
    double seconds =
        (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
    System.out.println(json(graph, design, seconds, designSeconds, spec.threads()));
  }

  static UnitGraph readGraph(Path units, Path adjacency) throws IOException {
    UnitGraph.Builder builder;
    try (BufferedReader reader = Files.newBufferedReader(units)) {
      String[] header = reader.readLine().split(",");
      builder = UnitGraph.builder(Arrays.asList(header).subList(3, header.length));
      String line;
      double[] values = new double[header.length - 3];
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",");
        for (int m = 0; m < values.length; m++) {
          values[m] = Double.parseDouble(cells[3 + m]);
        }
        builder.unit(
            cells[0], Double.parseDouble(cells[1]), Double.parseDouble(cells[2]), values.clone());
      }
    }
    try (BufferedReader reader = Files.newBufferedReader(adjacency)) {
      reader.readLine();
      String line;
      while ((line = reader.readLine()) != null) {
        int comma = line.indexOf(',');
        if (comma > 0) {
          builder.edge(line.substring(0, comma), line.substring(comma + 1).trim());
        }
      }
    }
    return builder.build();
  }

  private static void writeAssignment(Path out, UnitGraph graph, int[] territoryOf)
      throws IOException {
    try (BufferedWriter writer = Files.newBufferedWriter(out)) {
      writer.write("id,territory\n");
      for (int u = 0; u < graph.size(); u++) {
        writer.write(graph.id(u));
        writer.write(",T");
        writer.write(Integer.toString(territoryOf[u] + 1));
        writer.write('\n');
      }
    }
  }

  private static String json(
      UnitGraph graph, TerritoryDesign design, double seconds, double designSeconds, int threads) {
    DesignReport report = design.report();
    double balancedAfter =
        design.balancedAfter() == null ? -1 : design.balancedAfter().toMillis() / 1e3;
    StringJoiner metrics = new StringJoiner(",", "{", "}");
    for (DesignReport.MetricBalance balance : report.metrics()) {
      metrics.add(
          String.format(
              Locale.ROOT,
              "\"%s\":{\"min_ratio\":%.5f,\"max_ratio\":%.5f}",
              balance.name(),
              balance.minRatio(),
              balance.maxRatio()));
    }
    return String.format(
        Locale.ROOT,
        "{\"seconds\":%.2f,\"design_seconds\":%.2f,\"balanced_after_seconds\":%.2f,"
            + "\"feasible\":%b,\"units\":%d,"
            + "\"territories\":%d,\"threads\":%d,\"metrics\":%s,\"noncontiguous\":%d,"
            + "\"compactness_km\":%.2f,\"max_diameter_km\":%.1f}",
        seconds,
        designSeconds,
        balancedAfter,
        report.feasible(),
        graph.size(),
        report.territories(),
        threads,
        metrics,
        report.nonContiguous(),
        report.compactnessKm(),
        report.maxDiameterKm());
  }

  /** {@code --name value} pairs. */
  private record Arguments(List<String> values) {
    static Arguments parse(String[] args) {
      if (args.length % 2 != 0) {
        throw new IllegalArgumentException("arguments come in --name value pairs");
      }
      return new Arguments(List.of(args));
    }

    String optional(String name, String fallback) {
      int at = values.indexOf(name);
      return at >= 0 ? values.get(at + 1) : fallback;
    }

    String required(String name) {
      String value = optional(name, null);
      if (value == null) {
        throw new IllegalArgumentException(name + " is required");
      }
      return value;
    }
  }
}
