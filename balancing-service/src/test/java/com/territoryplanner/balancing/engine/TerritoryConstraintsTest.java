package com.territoryplanner.balancing.engine;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class TerritoryConstraintsTest {

  private final ConstraintVerifier<TerritoryConstraints, TerritoryPlan> verifier =
      ConstraintVerifier.build(new TerritoryConstraints(), TerritoryPlan.class, BasicUnit.class);

  // target 1000, band 900..1100
  private final Territory north = new Territory("north", 0, 50.0, 8.0, 1.0, 1000, 900, 1100);
  private final Territory south = new Territory("south", 1, 48.0, 11.0, 1.0, 1000, 900, 1100);

  @Test
  void territoryInsideItsBandIsNotPenalised() {
    verifier
        .verifyThat(TerritoryConstraints::outsideTolerance)
        .given(north, unit("a", 600, north), unit("b", 450, north))
        .penalizesBy(0);
  }

  @Test
  void territoryOutsideItsBandIsPenalisedByHowFarOutside() {
    verifier
        .verifyThat(TerritoryConstraints::outsideTolerance)
        .given(
            north,
            south,
            unit("a", 700, north),
            unit("b", 500, north), // north 1200: 100 above
            unit("c", 850, south)) // south 850: 50 below
        .penalizesBy(150);
  }

  @Test
  void emptyTerritoryIsPenalisedByItsLowerBound() {
    verifier
        .verifyThat(TerritoryConstraints::emptyTerritory)
        .given(north, south, unit("a", 1000, north))
        .penalizesBy(900);
  }

  @Test
  void balancePenalisesSquaredRelativeDeviation() {
    verifier
        .verifyThat(TerritoryConstraints::balance)
        .given(
            north,
            south,
            unit("a", 1100, north), // +10 %: 0.01 * 1e6 = 10000
            unit("b", 980, south)) // -2 %: 0.0004 * 1e6 = 400
        .penalizesBy(10_400);
  }

  @Test
  void balanceOnTargetCostsNothing() {
    verifier
        .verifyThat(TerritoryConstraints::balance)
        .given(north, unit("a", 1000, north))
        .penalizesBy(0);
  }

  @Test
  void compactnessChargesTheCostOfTheChosenTerritory() {
    BasicUnit near = new BasicUnit("near", 10, 1, 50.0, 8.0, List.of("x"), new long[] {5, 700});
    BasicUnit far = new BasicUnit("far", 10, 1, 48.0, 11.0, List.of("y"), new long[] {650, 3});
    near.setTerritory(north);
    far.setTerritory(north);
    verifier
        .verifyThat(TerritoryConstraints::compactness)
        .given(north, south, near, far)
        .penalizesBy(655);
    far.setTerritory(south);
    verifier
        .verifyThat(TerritoryConstraints::compactness)
        .given(north, south, near, far)
        .penalizesBy(8);
  }

  private static BasicUnit unit(String id, long potential, Territory territory) {
    BasicUnit unit = new BasicUnit(id, potential, 1, null, null, List.of(id), new long[2]);
    unit.setTerritory(territory);
    return unit;
  }
}
