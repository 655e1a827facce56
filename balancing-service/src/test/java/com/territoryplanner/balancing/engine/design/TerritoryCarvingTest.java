package com.territoryplanner.balancing.engine.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TerritoryCarvingTest {

  private static final double TOLERANCE = 0.05;

  private static final UnitGraph graph = Grids.grid(30, 30, List.of("potential"), 20, 200);

  // one design of eight territories shared by the tests, which only read it
  private static final int[] before =
      TerritoryDesigner.design(
              graph,
              new DesignSpec(
                  8,
                  List.of(new MetricGoal(0, 1, TOLERANCE)),
                  null,
                  null,
                  null,
                  null,
                  null,
                  Duration.ofSeconds(1),
                  5,
                  2,
                  null))
          .territoryOf();

  /** The eight territories plus a ninth whose rep lives in the middle of the grid. */
  private static DesignSpec withNewcomer() {
    double[] latitude = new double[9];
    double[] longitude = new double[9];
    int[] count = new int[9];
    for (int u = 0; u < graph.size(); u++) {
      int row = Integer.parseInt(graph.id(u).substring(1, graph.id(u).indexOf('c')));
      int col = Integer.parseInt(graph.id(u).substring(graph.id(u).indexOf('c') + 1));
      latitude[before[u]] += row * 0.09;
      longitude[before[u]] += col * 0.09;
      count[before[u]]++;
    }
    for (int t = 0; t < 8; t++) {
      latitude[t] /= count[t];
      longitude[t] /= count[t];
    }
    latitude[8] = 15 * 0.09;
    longitude[8] = 15 * 0.09;
    return new DesignSpec(
        9,
        List.of(new MetricGoal(0, 1, TOLERANCE)),
        null,
        null,
        null,
        new HomeBases(latitude, longitude, 0.25),
        null,
        Duration.ofSeconds(1),
        3,
        2,
        null);
  }

  @Test
  void theNewTerritoryTakesItsShareFromTheTerritoriesAroundItsHomeOnly() {
    TerritoryCarving.Carving carving =
        TerritoryCarving.carve(graph, withNewcomer(), before, 8, -1, 0.25);

    int[] after = carving.territoryOf();
    int[] donors = carving.donors();
    for (int u = 0; u < graph.size(); u++) {
      if (Arrays.binarySearch(donors, before[u]) < 0) {
        assertThat(after[u]).as("unit %s outside the donors", graph.id(u)).isEqualTo(before[u]);
      } else {
        // the donors may also pass units among themselves to even out what they gave
        assertThat(Arrays.binarySearch(donors, after[u]) >= 0 || after[u] == 8).isTrue();
      }
    }
    assertThat(IntStream.range(0, graph.size()).filter(u -> after[u] != before[u]).count())
        .isLessThanOrEqualTo(Math.round(0.25 * graph.size()));
    assertThat(after[unitAt(15, 15)]).isEqualTo(8);
    assertThat(TerritoryPieces.of(graph, after).perTerritory(9)).containsOnly(1);
    double[] load = new double[9];
    double together = 0;
    for (int u = 0; u < graph.size(); u++) {
      load[after[u]] += graph.metric(0, u);
      if (Arrays.binarySearch(donors, before[u]) >= 0) {
        together += graph.metric(0, u);
      }
    }
    double share = together / (donors.length + 1);
    assertThat(load[8] / share).isBetween(1 - TOLERANCE, 1 + TOLERANCE);
    for (int t : donors) {
      assertThat(load[t] / share).as("donor %d", t).isBetween(1 - TOLERANCE, 1 + TOLERANCE);
    }
    assertThat(carving.local().report().feasible()).isTrue();
  }

  @Test
  void aDisruptionCapKeepsTheNewTerritorySmall() {
    TerritoryCarving.Carving carving =
        TerritoryCarving.carve(graph, withNewcomer(), before, 8, -1, 0.02);

    long changed =
        IntStream.range(0, graph.size()).filter(u -> carving.territoryOf()[u] != before[u]).count();
    assertThat(changed).isPositive().isLessThanOrEqualTo(Math.round(0.02 * graph.size()));
    assertThat(carving.local().report().feasible()).isFalse();
  }

  private static int unitAt(int row, int col) {
    for (int u = 0; u < graph.size(); u++) {
      if (graph.id(u).equals(Grids.id(row, col))) {
        return u;
      }
    }
    throw new IllegalArgumentException("no unit at " + row + "," + col);
  }
}
