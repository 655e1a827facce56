package com.territoryplanner.balancing.engine.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerritoryDesignerTest {

  private static final List<String> ACTIVITIES = List.of("customers", "demand", "workload");

  @Test
  void balancesEveryMetricWithinToleranceInConnectedTerritories() {
    UnitGraph graph = Grids.grid(30, 30, ACTIVITIES, 15, 400);
    DesignSpec spec = withThreads(DesignSpec.balanceAll(graph, 9, 0.05, Duration.ofSeconds(2)), 2);

    TerritoryDesign design = TerritoryDesigner.design(graph, spec);

    assertThat(design.report().feasible()).isTrue();
    for (int m = 0; m < ACTIVITIES.size(); m++) {
      double[] loads = loads(graph, design.territoryOf(), 9, m);
      double mean = graph.metricTotal(m) / 9;
      for (double load : loads) {
        assertThat(load / mean).isBetween(0.95, 1.05);
      }
    }
    for (int t = 0; t < 9; t++) {
      assertThat(isConnected(graph, design.territoryOf(), t))
          .as("territory %d connected", t)
          .isTrue();
    }
    assertThat(design.balancedAfter()).isNotNull();
  }

  @Test
  void followsPerTerritoryTargetShares() {
    UnitGraph graph = Grids.grid(20, 20, List.of("potential"), 50, 150);
    DesignSpec spec =
        new DesignSpec(
            3,
            List.of(new MetricGoal(0, 1, 0.02)),
            new double[] {2, 1, 1},
            null,
            null,
            null,
            null,
            Duration.ofSeconds(1),
            7,
            1,
            null);

    TerritoryDesign design = TerritoryDesigner.design(graph, spec);

    double[] loads = loads(graph, design.territoryOf(), 3, 0);
    double total = graph.metricTotal(0);
    assertThat(loads[0] / (total / 2)).isBetween(0.98, 1.02);
    assertThat(loads[1] / (total / 4)).isBetween(0.98, 1.02);
    assertThat(loads[2] / (total / 4)).isBetween(0.98, 1.02);
  }

  @Test
  void keepsLockedUnitsInTheirTerritory() {
    UnitGraph graph = Grids.grid(12, 12, List.of("potential"), 10, 20);
    int[] locked = new int[graph.size()];
    Arrays.fill(locked, -1);
    // Two opposite corners locked together would break contiguity; lock each corner to its own.
    locked[0] = 3;
    locked[graph.size() - 1] = 0;
    DesignSpec spec =
        new DesignSpec(
            4,
            List.of(new MetricGoal(0, 1, 0.05)),
            null,
            locked,
            null,
            null,
            null,
            Duration.ofSeconds(1),
            3,
            1,
            null);

    TerritoryDesign design = TerritoryDesigner.design(graph, spec);

    assertThat(design.territoryOf()[0]).isEqualTo(3);
    assertThat(design.territoryOf()[graph.size() - 1]).isEqualTo(0);
    assertThat(design.report().feasible()).isTrue();
  }

  @Test
  void saysSoWhenAUnitOutweighsEveryTolerance() {
    UnitGraph.Builder builder = UnitGraph.builder(List.of("potential"));
    builder.unit("big", 0, 0, 900);
    String previous = "big";
    for (int i = 1; i <= 10; i++) {
      builder.unit("u" + i, 0, i * 0.1, 10);
      builder.edge(previous, "u" + i);
      previous = "u" + i;
    }
    UnitGraph graph = builder.build();

    TerritoryDesign design =
        TerritoryDesigner.design(
            graph, withThreads(DesignSpec.balanceAll(graph, 2, 0.05, Duration.ofMillis(300)), 1));

    assertThat(design.report().feasible()).isFalse();
    assertThat(design.report().metrics().get(0).maxRatio()).isGreaterThan(1.7);
    assertThat(design.balancedAfter()).isNull();
    assertThat(design.report().nonContiguous()).isZero();
    int heavy = design.territoryOf()[0];
    assertThat(design.report().perTerritory().get(heavy).findings())
        .contains("cannot be fixed by redrawing: unit big alone holds 1.800 of the target");
  }

  @Test
  void holdsAnAccountCeilingWhileBalancingPotential() {
    // 10 x 40 units of equal potential; the western half has two accounts per unit, the eastern
    // one. Cut by potential alone, the two western territories would hold 200 accounts each.
    UnitGraph.Builder builder = UnitGraph.builder(List.of("potential", "accounts"));
    for (int r = 0; r < 10; r++) {
      for (int c = 0; c < 40; c++) {
        builder.unit(Grids.id(r, c), r * 0.09, c * 0.09, 100, c < 20 ? 2 : 1);
      }
    }
    for (int r = 0; r < 10; r++) {
      for (int c = 0; c < 40; c++) {
        if (r + 1 < 10) {
          builder.edge(Grids.id(r, c), Grids.id(r + 1, c));
        }
        if (c + 1 < 40) {
          builder.edge(Grids.id(r, c), Grids.id(r, c + 1));
        }
      }
    }
    UnitGraph graph = builder.build();
    DesignSpec spec =
        new DesignSpec(
            4,
            List.of(new MetricGoal(0, 1, 0.03), MetricGoal.bounded(1, 0, 170)),
            null,
            null,
            null,
            null,
            null,
            Duration.ofSeconds(2),
            3,
            2,
            null);

    TerritoryDesign design = TerritoryDesigner.design(graph, spec);

    assertThat(design.report().feasible()).isTrue();
    for (double potential : loads(graph, design.territoryOf(), 4, 0)) {
      assertThat(potential / 10_000).isBetween(0.97, 1.03);
    }
    for (double accounts : loads(graph, design.territoryOf(), 4, 1)) {
      assertThat(accounts).isLessThanOrEqualTo(170);
    }
    for (int t = 0; t < 4; t++) {
      assertThat(isConnected(graph, design.territoryOf(), t)).as("territory %d", t).isTrue();
    }
  }

  @Test
  void countsTheLoadATerritoryAlreadyCarries() {
    // 20 x 20 units of potential 100 (40,000); territory 0 already holds 10,000 of named
    // accounts, so each territory's target is 25,000 and territory 0 draws 15,000 of the map.
    UnitGraph graph = Grids.grid(20, 20, List.of("potential"), 100, 100);
    DesignSpec spec =
        new DesignSpec(
            2,
            List.of(new MetricGoal(0, 1, 0.02)),
            null,
            null,
            null,
            null,
            new double[][] {{10_000}, {0}},
            Duration.ofSeconds(1),
            5,
            1,
            null);

    TerritoryDesign design = TerritoryDesigner.design(graph, spec);

    double[] loads = loads(graph, design.territoryOf(), 2, 0);
    assertThat(loads[0]).isBetween(15_000 - 500.0, 15_000 + 500.0);
    assertThat(loads[1]).isBetween(25_000 - 500.0, 25_000 + 500.0);
    assertThat(design.report().feasible()).isTrue();
    assertThat(design.report().perTerritory().get(0).ratios().get(0)).isCloseTo(1, within(0.02));
  }

  @Test
  void refusesMoreTerritoriesThanUnits() {
    UnitGraph graph = Grids.grid(2, 2, List.of("potential"), 1, 2);
    DesignSpec spec = DesignSpec.balanceAll(graph, 5, 0.05, Duration.ofMillis(100));

    assertThatThrownBy(() -> TerritoryDesigner.design(graph, spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("4 units cannot form 5 territories");
  }

  private static DesignSpec withThreads(DesignSpec spec, int threads) {
    return new DesignSpec(
        spec.territories(),
        spec.goals(),
        null,
        null,
        null,
        null,
        null,
        spec.timeLimit(),
        spec.seed(),
        threads,
        null);
  }

  static double[] loads(UnitGraph graph, int[] territoryOf, int k, int metric) {
    double[] loads = new double[k];
    for (int u = 0; u < graph.size(); u++) {
      loads[territoryOf[u]] += graph.metric(metric, u);
    }
    return loads;
  }

  static boolean isConnected(UnitGraph graph, int[] territoryOf, int territory) {
    int first = -1;
    int size = 0;
    for (int u = 0; u < graph.size(); u++) {
      if (territoryOf[u] == territory) {
        size++;
        if (first < 0) {
          first = u;
        }
      }
    }
    boolean[] seen = new boolean[graph.size()];
    ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(first));
    seen[first] = true;
    int reached = 1;
    while (!queue.isEmpty()) {
      int v = queue.poll();
      for (int i = graph.neighbourStart(v); i < graph.neighbourEnd(v); i++) {
        int w = graph.neighbourAt(i);
        if (!seen[w] && territoryOf[w] == territory) {
          seen[w] = true;
          reached++;
          queue.add(w);
        }
      }
    }
    return reached == size;
  }
}
