package com.territoryplanner.balancing.engine.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HomeBasesTest {

  /** A 10 x 20 grid, rows 0.09 degrees apart, columns 0.09 degrees apart. */
  private final UnitGraph grid = Grids.grid(10, 20, List.of("potential"), 50, 150);

  @Test
  void eachPieceTakesTheLabelOfTheNearestHomeBase() {
    // territory 0 lives in the east, territory 1 in the west
    DesignSpec spec = spec(new HomeBases(new double[] {0.4, 0.4}, new double[] {1.7, 0.0}, 0.25));
    int[] westThenEast = new int[grid.size()];
    for (int u = 0; u < grid.size(); u++) {
      westThenEast[u] = grid.x(u) < grid.projectX(0.9) ? 0 : 1;
    }

    int[] relabelled = HomeMatching.relabel(grid, spec, westThenEast);

    assertThat(relabelled[0]).as("the west corner").isEqualTo(1);
    assertThat(relabelled[grid.size() - 1]).as("the east corner").isEqualTo(0);
  }

  @Test
  void designedTerritoriesFormAroundTheirReps() {
    DesignSpec spec = spec(new HomeBases(new double[] {0.4, 0.4}, new double[] {1.7, 0.0}, 0.25));

    TerritoryDesign design = TerritoryDesigner.design(grid, spec);

    assertThat(design.report().feasible()).isTrue();
    int westCorner = 0;
    int eastCorner = grid.size() - 1;
    assertThat(design.territoryOf()[westCorner]).isEqualTo(1);
    assertThat(design.territoryOf()[eastCorner]).isEqualTo(0);
  }

  @Test
  void travelCostIsTheMeanSquaredDistanceFromHome() {
    UnitGraph path = PartitionTest.path(3);
    DesignSpec spec =
        new DesignSpec(
            1,
            List.of(new MetricGoal(0, 1, 0.5)),
            null,
            null,
            null,
            new HomeBases(new double[] {0}, new double[] {0}, 1),
            null,
            Duration.ofSeconds(1),
            1,
            1,
            null);
    Partition partition = new Partition(path, spec, new int[] {0, 0, 0});

    // units at 0, d and 2d km from home, weighted by spread weight
    double d = path.distanceKm(0, 1);
    double expected = 0;
    double weights = 0;
    for (int u = 0; u < 3; u++) {
      expected += partition.spreadWeight(u) * Math.pow(u * d, 2);
      weights += partition.spreadWeight(u);
    }
    assertThat(partition.travelAfter(0, 0, 0))
        .isCloseTo(expected / weights, org.assertj.core.data.Offset.offset(1e-6));
  }

  private DesignSpec spec(HomeBases homes) {
    return new DesignSpec(
        2,
        List.of(new MetricGoal(0, 1, 0.05)),
        null,
        null,
        null,
        homes,
        null,
        Duration.ofMillis(800),
        3,
        1,
        null);
  }
}
