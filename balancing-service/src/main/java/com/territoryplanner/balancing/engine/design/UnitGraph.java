package com.territoryplanner.balancing.engine.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The basic units to be grouped into territories: positions, metric values and the adjacency graph
 * that territories must be connected pieces of. Immutable; arrays are indexed by unit number.
 *
 * <p>Positions are kept in kilometres on a plane (equirectangular around the mean latitude), which
 * is accurate enough for territory-sized distances and makes centroids and distances cheap.
 */
public final class UnitGraph {

  private static final double EARTH_RADIUS_KM = 6371.0088;

  private final String[] ids;
  private final double xScale;
  private final double[] x;
  private final double[] y;
  private final List<String> metricNames;
  private final double[][] metrics;
  private final int[] neighbourStart;
  private final int[] neighbours;

  private UnitGraph(
      String[] ids,
      double xScale,
      double[] x,
      double[] y,
      List<String> metricNames,
      double[][] metrics,
      int[] neighbourStart,
      int[] neighbours) {
    this.ids = ids;
    this.xScale = xScale;
    this.x = x;
    this.y = y;
    this.metricNames = metricNames;
    this.metrics = metrics;
    this.neighbourStart = neighbourStart;
    this.neighbours = neighbours;
  }

  public static Builder builder(List<String> metricNames) {
    return new Builder(metricNames);
  }

  public int size() {
    return ids.length;
  }

  public String id(int unit) {
    return ids[unit];
  }

  public double x(int unit) {
    return x[unit];
  }

  public double y(int unit) {
    return y[unit];
  }

  public List<String> metricNames() {
    return metricNames;
  }

  public int metricCount() {
    return metricNames.size();
  }

  public double metric(int metric, int unit) {
    return metrics[metric][unit];
  }

  public double metricTotal(int metric) {
    double total = 0;
    for (double value : metrics[metric]) {
      total += value;
    }
    return total;
  }

  public int neighbourStart(int unit) {
    return neighbourStart[unit];
  }

  public int neighbourEnd(int unit) {
    return neighbourStart[unit + 1];
  }

  /** The neighbour at a position between {@link #neighbourStart} and {@link #neighbourEnd}. */
  public int neighbourAt(int position) {
    return neighbours[position];
  }

  /** The plane x (km) of a longitude, in this graph's projection. */
  public double projectX(double longitude) {
    return Math.toRadians(longitude) * xScale;
  }

  /** The plane y (km) of a latitude, in this graph's projection. */
  public double projectY(double latitude) {
    return Math.toRadians(latitude) * EARTH_RADIUS_KM;
  }

  /**
   * The graph of the given units (in that order) in this graph's projection, with the edges among
   * them; unit i of the result is {@code units[i]} here.
   */
  public UnitGraph subgraph(int[] units) {
    int n = units.length;
    int[] local = new int[size()];
    Arrays.fill(local, -1);
    for (int i = 0; i < n; i++) {
      local[units[i]] = i;
    }
    String[] subIds = new String[n];
    double[] subX = new double[n];
    double[] subY = new double[n];
    double[][] subMetrics = new double[metrics.length][n];
    int[] starts = new int[n + 1];
    int[] subNeighbours = new int[neighbours.length];
    int edges = 0;
    for (int i = 0; i < n; i++) {
      int u = units[i];
      subIds[i] = ids[u];
      subX[i] = x[u];
      subY[i] = y[u];
      for (int m = 0; m < metrics.length; m++) {
        subMetrics[m][i] = metrics[m][u];
      }
      starts[i] = edges;
      for (int j = neighbourStart[u]; j < neighbourStart[u + 1]; j++) {
        int v = local[neighbours[j]];
        if (v >= 0) {
          subNeighbours[edges++] = v;
        }
      }
      Arrays.sort(subNeighbours, starts[i], edges);
    }
    starts[n] = edges;
    return new UnitGraph(
        subIds,
        xScale,
        subX,
        subY,
        metricNames,
        subMetrics,
        starts,
        Arrays.copyOf(subNeighbours, edges));
  }

  public double distanceKm(int a, int b) {
    return Math.hypot(x[a] - x[b], y[a] - y[b]);
  }

  /** Collects units and edges by external id; {@link #build()} projects and indexes them. */
  public static final class Builder {
    private final List<String> metricNames;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<double[]> rows = new ArrayList<>();
    private int[] edgeA = new int[1024];
    private int[] edgeB = new int[1024];
    private int edgeCount;

    private Builder(List<String> metricNames) {
      this.metricNames = List.copyOf(metricNames);
    }

    /** Adds a unit; values hold one non-negative number per metric name, in order. */
    public Builder unit(String id, double latitude, double longitude, double... values) {
      if (values.length != metricNames.size()) {
        throw new IllegalArgumentException(
            "unit "
                + id
                + " has "
                + values.length
                + " metric values, expected "
                + metricNames.size());
      }
      for (double value : values) {
        if (!(value >= 0) || Double.isInfinite(value)) {
          throw new IllegalArgumentException("unit " + id + " has a metric value " + value);
        }
      }
      if (index.putIfAbsent(id, ids.size()) != null) {
        throw new IllegalArgumentException("unit " + id + " appears twice");
      }
      ids.add(id);
      double[] row = new double[2 + values.length];
      row[0] = latitude;
      row[1] = longitude;
      System.arraycopy(values, 0, row, 2, values.length);
      rows.add(row);
      return this;
    }

    public boolean contains(String id) {
      return index.containsKey(id);
    }

    /** Adds an undirected edge; repeated edges and self-loops are ignored. */
    public Builder edge(String a, String b) {
      Integer ia = index.get(a);
      Integer ib = index.get(b);
      if (ia == null || ib == null) {
        throw new IllegalArgumentException("edge " + a + "-" + b + " names an unknown unit");
      }
      if (ia.equals(ib)) {
        return this;
      }
      if (edgeCount == edgeA.length) {
        edgeA = Arrays.copyOf(edgeA, edgeCount * 2);
        edgeB = Arrays.copyOf(edgeB, edgeCount * 2);
      }
      edgeA[edgeCount] = ia;
      edgeB[edgeCount] = ib;
      edgeCount++;
      return this;
    }

    public UnitGraph build() {
      int n = ids.size();
      double meanLatitude = 0;
      for (double[] row : rows) {
        meanLatitude += row[0] / n;
      }
      double xScale = Math.cos(Math.toRadians(meanLatitude)) * EARTH_RADIUS_KM;
      double[] x = new double[n];
      double[] y = new double[n];
      double[][] metrics = new double[metricNames.size()][n];
      for (int u = 0; u < n; u++) {
        double[] row = rows.get(u);
        y[u] = Math.toRadians(row[0]) * EARTH_RADIUS_KM;
        x[u] = Math.toRadians(row[1]) * xScale;
        for (int m = 0; m < metrics.length; m++) {
          metrics[m][u] = row[2 + m];
        }
      }
      int[] starts = new int[n + 1];
      int[] neighbours = adjacency(n, starts);
      return new UnitGraph(
          ids.toArray(String[]::new), xScale, x, y, metricNames, metrics, starts, neighbours);
    }

    /** Neighbour lists without duplicates, sorted per unit; fills starts (n + 1 entries). */
    private int[] adjacency(int n, int[] starts) {
      for (int e = 0; e < edgeCount; e++) {
        starts[edgeA[e] + 1]++;
        starts[edgeB[e] + 1]++;
      }
      for (int u = 0; u < n; u++) {
        starts[u + 1] += starts[u];
      }
      int[] fill = starts.clone();
      int[] raw = new int[edgeCount * 2];
      for (int e = 0; e < edgeCount; e++) {
        raw[fill[edgeA[e]]++] = edgeB[e];
        raw[fill[edgeB[e]]++] = edgeA[e];
      }
      // Compact duplicates in place; starts shift left as duplicates disappear.
      int write = 0;
      int readStart = 0;
      for (int u = 0; u < n; u++) {
        int readEnd = starts[u + 1];
        Arrays.sort(raw, readStart, readEnd);
        starts[u] = write;
        for (int i = readStart; i < readEnd; i++) {
          if (i == readStart || raw[i] != raw[i - 1]) {
            raw[write++] = raw[i];
          }
        }
        readStart = readEnd;
      }
      starts[n] = write;
      return Arrays.copyOf(raw, write);
    }
  }
}
