package com.territoryplanner.balancing.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class TerritoryConstraintsTest {

  private final ConstraintVerifier<TerritoryConstraints, TerritoryPlan> verifier =
      ConstraintVerifier.build(new TerritoryConstraints(), TerritoryPlan.class, BasicUnit.class);

  // potential: target 1000, band 900..1100; workload: target 10 accounts, band 8..12
  private final Territory north = territory("north", 0, new TargetBand(10, 8, 12));
  private final Territory south = territory("south", 1, new TargetBand(10, 8, 12));

  @Test
  void potentialInsideItsBandIsNotPenalised() {
    verifier
        .verifyThat(TerritoryConstraints::potentialOutsideTolerance)
        .given(north, unit("a", 600, north), unit("b", 450, north))
        .penalizesBy(0);
  }

  @Test
  void potentialOutsideItsBandIsPenalisedByHowFarOutside() {
    verifier
        .verifyThat(TerritoryConstraints::potentialOutsideTolerance)
        .given(
            north,
            south,
            unit("a", 700, north),
            unit("b", 500, north), // north 1200: 100 above
            unit("c", 850, south)) // south 850: 50 below
        .penalizesBy(150);
  }

  @Test
  void workloadOutsideItsBandIsPenalisedByTheAccountsOutside() {
    verifier
        .verifyThat(TerritoryConstraints::workloadOutsideTolerance)
        .given(
            north,
            south,
            unit("a", 100, 9, north),
            unit("b", 100, 6, north), // north 15 accounts: 3 above 12
            unit("c", 100, 10, south)) // south 10: inside
        .penalizesBy(3);
  }

  @Test
  void workloadThatIsNotBalancedIsNeverPenalised() {
    Territory unbalanced = territory("free", 0, TargetBand.NONE);
    verifier
        .verifyThat(TerritoryConstraints::workloadOutsideTolerance)
        .given(unbalanced, unit("a", 1000, 500, unbalanced))
        .penalizesBy(0);
    verifier
        .verifyThat(TerritoryConstraints::workloadBalance)
        .given(unbalanced, unit("a", 1000, 500, unbalanced))
        .penalizesBy(0);
  }

  @Test
  void emptyTerritoryIsPenalisedByTheLowerBoundsOfBothBands() {
    verifier
        .verifyThat(TerritoryConstraints::emptyTerritory)
        .given(north, south, unit("a", 1000, north))
        .penalizesBy(900 + 8);
  }

  @Test
  void connectedTerritoryIsNotPenalised() {
    BasicUnit a = located("a", north, "b");
    BasicUnit b = located("b", north, "a", "c");
    BasicUnit c = located("c", north, "b");
    verifier.verifyThat(TerritoryConstraints::notConnected).given(a, b, c).penalizesBy(0);
  }

  @Test
  void territoryInPiecesIsPenalisedByTheUnitsOutsideItsLargestPiece() {
    // a - b - c - d - e in a row; north holds a, b and e (e cut off by south's c and d)
    BasicUnit a = located("a", north, "b");
    BasicUnit b = located("b", north, "a", "c");
    BasicUnit c = located("c", south, "b", "d");
    BasicUnit d = located("d", south, "c", "e");
    BasicUnit e = located("e", north, "d");
    verifier.verifyThat(TerritoryConstraints::notConnected).given(a, b, c, d, e).penalizesBy(1);
  }

  @Test
  void unitsWithoutLocationDoNotCountForContiguity() {
    BasicUnit a = located("a", north);
    BasicUnit unlocated = unit("x", 100, north);
    verifier.verifyThat(TerritoryConstraints::notConnected).given(a, unlocated).penalizesBy(0);
  }

  @Test
  void changesWithinTheAllowanceAreNotPenalised() {
    TerritoryPlan plan = changeLimited(0.5, north, south);
    verifier.verifyThat(TerritoryConstraints::tooManyChanges).given(factsOf(plan)).penalizesBy(0);
  }

  @Test
  void changesBeyondTheAllowanceArePenalisedByTheExcess() {
    // accounts measure: 3 + 5 + 2 = 10 accounts, 20 % allowed = 2; the 3- and 5-account units
    // move: 8 changed, 6 too many, each costing more than moving the unit with the most to gain
    // per account could gain: the 2-account unit of potential 100, ceil((2 * 102 + 1) / 2) = 103
    TerritoryPlan plan = changeLimited(0.2, south, south);
    verifier
        .verifyThat(TerritoryConstraints::tooManyChanges)
        .given(factsOf(plan))
        .penalizesBy(6 * 103);
  }

  @Test
  void withoutAPlanInForceNothingCountsAsAChange() {
    verifier
        .verifyThat(TerritoryConstraints::tooManyChanges)
        .given(north, south, unit("a", 100, 3, south))
        .penalizesBy(0);
  }

  @Test
  void aNamedAccountWithARepWhoHasItsSkillIsNotPenalised() {
    BasicUnit named = named("n", "enterprise", north);
    verifier.verifyThat(TerritoryConstraints::skillMismatch).given(north, named).penalizesBy(0);
  }

  @Test
  void aNamedAccountWithARepWhoLacksItsSkillIsPenalisedBeyondAnyBalanceGain() {
    BasicUnit named = named("n", "healthcare", north); // potential 100
    BasicUnit plain = unit("p", 100, 3, north);
    verifier
        .verifyThat(TerritoryConstraints::skillMismatch)
        .given(north, named, plain)
        .penalizesBy(3 * (100 + 1) + 2);
  }

  @Test
  void namedAccountsDoNotCountForContiguity() {
    BasicUnit a = located("a", north);
    BasicUnit faraway = named("n", "enterprise", north);
    verifier.verifyThat(TerritoryConstraints::notConnected).given(a, faraway).penalizesBy(0);
  }

  @Test
  void potentialBalancePenalisesSquaredRelativeDeviation() {
    verifier
        .verifyThat(TerritoryConstraints::potentialBalance)
        .given(
            north,
            south,
            unit("a", 1100, north), // +10 %: 0.01 * 1e6 = 10000
            unit("b", 980, south)) // -2 %: 0.0004 * 1e6 = 400
        .penalizesBy(10_400);
  }

  @Test
  void potentialBalanceOnTargetCostsNothing() {
    verifier
        .verifyThat(TerritoryConstraints::potentialBalance)
        .given(north, unit("a", 1000, north))
        .penalizesBy(0);
  }

  @Test
  void workloadBalancePenalisesSquaredRelativeDeviation() {
    verifier
        .verifyThat(TerritoryConstraints::workloadBalance)
        .given(
            north,
            south,
            unit("a", 1000, 11, north), // +10 %: 10000
            unit("b", 1000, 10, south)) // on target
        .penalizesBy(10_000);
  }

  @Test
  void compactnessChargesTheWeightedDistanceFromEachTerritorysCentre() {
    // two units of equal weight 0.2 degrees of longitude apart on the equator (22.24 km): the
    // centre lies between them, 11.12 km from each; weighed by their shares of 0.25 each
    BasicUnit west = new BasicUnit("w", 100, 1, 0.0, 10.0, List.of("w"), new long[2]);
    BasicUnit east = new BasicUnit("e", 100, 1, 0.0, 10.2, List.of("e"), new long[2]);
    BasicUnit alone = new BasicUnit("a", 100, 1, 0.0, 12.0, List.of("a"), new long[2]);
    for (BasicUnit unit : List.of(west, east, alone)) {
      unit.setWeightShare(0.25);
    }
    west.setTerritory(north);
    east.setTerritory(north);
    alone.setTerritory(south);
    verifier
        .verifyThat(TerritoryConstraints::compactness)
        .given(north, south, west, east, alone)
        .penalizesBy(Math.round(2 * 0.25 * Geo.haversineKm(0, 10, 0, 10.1) * 1000));
  }

  @Test
  void travelChargesTheCostOfTheChosenTerritory() {
    BasicUnit near = new BasicUnit("near", 10, 1, 50.0, 8.0, List.of("x"), new long[] {5, 700});
    BasicUnit far = new BasicUnit("far", 10, 1, 48.0, 11.0, List.of("y"), new long[] {650, 3});
    near.setTerritory(north);
    far.setTerritory(north);
    verifier
        .verifyThat(TerritoryConstraints::travel)
        .given(north, south, near, far)
        .penalizesBy(655);
    far.setTerritory(south);
    verifier.verifyThat(TerritoryConstraints::travel).given(north, south, near, far).penalizesBy(8);
  }

  private static Territory territory(String id, int index, TargetBand workload) {
    return new Territory(
        id, index, 50.0, 8.0, 1.0, new TargetBand(1000, 900, 1100), workload, Set.of("enterprise"));
  }

  /**
   * Three units of 3, 5 and 2 accounts, all in north under the plan in force; the first two now in
   * {@code first} and {@code second}, the third still in north.
   */
  private TerritoryPlan changeLimited(double maxShare, Territory first, Territory second) {
    BasicUnit a = unit("a", 100, 3, first);
    BasicUnit b = unit("b", 100, 5, second);
    BasicUnit c = unit("c", 100, 2, north);
    TerritoryPlan plan =
        new TerritoryPlan(
            List.of(north, south), List.of(a, b, c), BalanceTolerance.ofPotential(0.1));
    plan.setChangeLimit(
        new ChangeLimit(Map.of("a", 0, "b", 0, "c", 0), UnitAdjacency.ACCOUNTS, maxShare));
    return plan;
  }

  private static Object[] factsOf(TerritoryPlan plan) {
    List<Object> facts = new ArrayList<>(plan.getUnits());
    facts.add(plan.getChangeAllowance());
    return facts.toArray();
  }

  private static BasicUnit unit(String id, long potential, Territory territory) {
    return unit(id, potential, 1, territory);
  }

  private static BasicUnit unit(String id, long potential, int accounts, Territory territory) {
    BasicUnit unit = new BasicUnit(id, potential, accounts, null, null, List.of(id), new long[2]);
    unit.setTerritory(territory);
    return unit;
  }

  /** A located account that needs a specialist: no neighbours, as the builder makes it. */
  private static BasicUnit named(String id, String skill, Territory territory) {
    List<AccountInput> account = List.of(new AccountInput(id, "X", 52.0, 13.0, 100, "L", null));
    BasicUnit unit =
        ProblemBuilder.build(
                account,
                List.of(new RepInput("r", 52.0, 13.0, 1)),
                BalanceTolerance.ofPotential(0.1),
                TerritoryLimits.NONE,
                AccountRouting.specialists(List.of(new SkillRule("L", null, skill))))
            .getUnits()
            .get(0);
    unit.setTerritory(territory);
    return unit;
  }

  private static BasicUnit located(String id, Territory territory, String... neighbours) {
    BasicUnit unit = new BasicUnit(id, 100, 1, 50.0, 8.0, List.of(id), new long[2]);
    unit.setNeighbourIds(List.of(neighbours));
    unit.setTerritory(territory);
    return unit;
  }
}
