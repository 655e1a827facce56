package com.territoryplanner.balancing.engine.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisruptionBudgetTest {

  private static final List<String> POTENTIAL = List.of("potential");

  /** The plan in force was balanced; then the north-west corner's potential tripled. */
  private final UnitGraph before = Grids.grid(20, 20, POTENTIAL, 50, 150);

  private final UnitGraph after =
      Grids.grid(20, 20, POTENTIAL, 50, 150, (row, col) -> row < 5 && col < 5 ? 3 : 1);

  private final int[] inForce = TerritoryDesigner.design(before, spec(before, null)).territoryOf();

  @Test
  void noBudgetKeepsThePlanInForceAndSaysItIsOutOfBalance() {
    TerritoryDesign design =
        TerritoryDesigner.design(after, spec(after, new DisruptionBudget(inForce, -1, 0)));

    assertThat(design.territoryOf()).containsExactly(inForce);
    assertThat(design.report().feasible()).isFalse();
  }

  @Test
  void aTenPercentBudgetRebalancesMovingAtMostOneUnitInTen() {
    TerritoryDesign design =
        TerritoryDesigner.design(after, spec(after, new DisruptionBudget(inForce, -1, 0.10)));

    int moved = changed(design.territoryOf());
    assertThat(moved).isPositive().isLessThanOrEqualTo(40);
    assertThat(design.report().feasible()).isTrue();
  }

  @Test
  void aBudgetInPotentialCountsPotentialNotUnits() {
    double limit = 0.10 * after.metricTotal(0);
    TerritoryDesign design =
        TerritoryDesigner.design(after, spec(after, new DisruptionBudget(inForce, 0, 0.10)));

    double movedPotential = 0;
    for (int u = 0; u < after.size(); u++) {
      if (design.territoryOf()[u] != inForce[u]) {
        movedPotential += after.metric(0, u);
      }
    }
    assertThat(movedPotential).isPositive().isLessThanOrEqualTo(limit);
  }

  private int changed(int[] territoryOf) {
    int moved = 0;
    for (int u = 0; u < territoryOf.length; u++) {
      moved += territoryOf[u] != inForce[u] ? 1 : 0;
    }
    return moved;
  }

  private static DesignSpec spec(UnitGraph graph, DisruptionBudget disruption) {
    return new DesignSpec(
        4,
        List.of(new MetricGoal(0, 1, 0.03)),
        null,
        null,
        disruption,
        null,
        null,
        Duration.ofMillis(800),
        5,
        1,
        null);
  }
}
