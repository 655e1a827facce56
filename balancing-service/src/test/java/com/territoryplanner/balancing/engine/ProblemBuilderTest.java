package com.territoryplanner.balancing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProblemBuilderTest {

  private static final List<AccountInput> ACCOUNTS =
      List.of(
          new AccountInput("a1", "10001", 40.0, -74.0, 300),
          new AccountInput("a2", " 10001 ", 41.0, -74.0, 100),
          new AccountInput("a3", null, 42.0, -75.0, 50),
          new AccountInput("a4", "60601", null, null, 0));

  /** Capacities 1 and 3: targets of a quarter and three quarters. */
  private static final List<RepInput> REPS =
      List.of(new RepInput("t1", 40.0, -74.0, 1.0), new RepInput("t2", 42.0, -75.0, 3.0));

  @Test
  void accountsOfOnePostalCodeFormOneUnitAndAccountsWithoutOneStandAlone() {
    TerritoryPlan plan =
        ProblemBuilder.build(
            ACCOUNTS,
            REPS,
            new BalanceTolerance(0.1, 0.5),
            TerritoryLimits.NONE,
            AccountRouting.NONE);

    Map<String, BasicUnit> units =
        plan.getUnits().stream().collect(Collectors.toMap(BasicUnit::getId, Function.identity()));
    assertThat(units).containsOnlyKeys("postal:10001", "account:a3", "postal:60601");
    BasicUnit nyc = units.get("postal:10001");
    assertThat(nyc.getPotential()).isEqualTo(400);
    assertThat(nyc.getAccountCount()).isEqualTo(2);
    assertThat(nyc.getLatitude()).isCloseTo(40.25, within(1e-9)); // potential-weighted
    assertThat(units.get("postal:60601").getCompactnessCost()).containsExactly(0, 0);

    Territory small = plan.getTerritories().get(0);
    Territory big = plan.getTerritories().get(1);
    assertThat(small.getPotential().target()).isEqualTo(113); // 450 * 1/4 = 112.5
    assertThat(big.getPotential().target()).isEqualTo(338); // 450 * 3/4 = 337.5
    assertThat(small.getPotential().min()).isEqualTo(101);
    assertThat(small.getPotential().max()).isEqualTo(124);
    // 4 accounts: 1 and 3 of them, +-50 %
    assertThat(small.getWorkload()).isEqualTo(new TargetBand(1, 0, 2));
    assertThat(big.getWorkload()).isEqualTo(new TargetBand(3, 1, 5));
    // the located units are each other's neighbours; the unlocated one has none
    assertThat(nyc.getNeighbourIds()).containsExactly("account:a3");
    assertThat(units.get("postal:60601").getNeighbourIds()).isEmpty();
    // a unit at a rep's home costs nothing there and something elsewhere
    assertThat(units.get("account:a3").getCompactnessCost()[1]).isZero();
    assertThat(units.get("account:a3").getCompactnessCost()[0]).isPositive();
  }

  @Test
  void limitsNarrowEveryTerritorysBands() {
    TerritoryPlan plan =
        ProblemBuilder.build(
            ACCOUNTS,
            REPS,
            BalanceTolerance.ofPotential(0.1),
            new TerritoryLimits(110, 330, 0, 2),
            AccountRouting.NONE);

    Territory small = plan.getTerritories().get(0);
    Territory big = plan.getTerritories().get(1);
    // potential bands 101..124 and 303..372, cut to 110..330
    assertThat(small.getPotential()).isEqualTo(new TargetBand(113, 110, 124));
    assertThat(big.getPotential()).isEqualTo(new TargetBand(338, 303, 330));
    // workload is not balanced, only bounded
    assertThat(big.getWorkload()).isEqualTo(new TargetBand(0, 0, 2));
    assertThat(plan.getLimits().maxAccounts()).isEqualTo(2);
  }

  @Test
  void limitsThatLeaveATerritoryNoRoomAreRefused() {
    assertThatThrownBy(
            () ->
                ProblemBuilder.build(
                    ACCOUNTS,
                    REPS,
                    BalanceTolerance.ofPotential(0.1),
                    new TerritoryLimits(0, 200, 0, Long.MAX_VALUE),
                    AccountRouting.NONE))
        .isInstanceOf(UnreachableLimits.class)
        .hasMessage(
            "Territory t2, potential: the band 303..372 around the target 338 and the limits"
                + " 0..200 do not overlap");
  }

  @Test
  void accountsASpecialistRuleSinglesOutBecomeNamedUnitsOutsideTheGeography() {
    List<AccountInput> accounts =
        List.of(
            new AccountInput("bank", "10001", 40.7, -74.0, 500, "L", "522110"),
            new AccountInput("shop", "10001", 40.7, -74.0, 100, "S", "445110"),
            new AccountInput("big", "10002", 40.8, -74.0, 900, "L", "311"),
            new AccountInput("far", "60601", 41.9, -87.6, 100, "M", null));
    TerritoryPlan plan =
        ProblemBuilder.build(
            accounts,
            List.of(
                new RepInput("t1", 40.7, -74.0, 1.0, Set.of("banking")),
                new RepInput("t2", 41.9, -87.6, 1.0)),
            BalanceTolerance.ofPotential(0.1),
            TerritoryLimits.NONE,
            AccountRouting.specialists(
                List.of(
                    new SkillRule(null, "52", "banking"), new SkillRule("L", null, "enterprise"))));

    Map<String, BasicUnit> units =
        plan.getUnits().stream().collect(Collectors.toMap(BasicUnit::getId, Function.identity()));
    // the first matching rule applies
    assertThat(units).containsOnlyKeys("named:bank", "named:big", "postal:10001", "postal:60601");
    assertThat(units.get("named:bank").getRequiredSkill()).isEqualTo("banking");
    assertThat(units.get("named:big").getRequiredSkill()).isEqualTo("enterprise");
    assertThat(units.get("named:bank").isGeographic()).isFalse();
    assertThat(units.get("postal:10001").getAccountIds()).containsExactly("shop");
    assertThat(units.get("postal:10001").getNeighbourIds()).containsExactly("postal:60601");
    assertThat(plan.getTerritories().get(0).hasSkill("banking")).isTrue();
    // named accounts count towards the targets like any other
    assertThat(plan.getTerritories().get(0).getPotential().target()).isEqualTo(800);
  }

  @Test
  void aNamedAccountLeavesItsPostalCodeWithoutNeedingASkill() {
    TerritoryPlan plan =
        ProblemBuilder.build(
            ACCOUNTS,
            REPS,
            BalanceTolerance.ofPotential(0.1),
            TerritoryLimits.NONE,
            new AccountRouting(List.of(), Set.of("a2")));

    Map<String, BasicUnit> units =
        plan.getUnits().stream().collect(Collectors.toMap(BasicUnit::getId, Function.identity()));
    assertThat(units).containsOnlyKeys("postal:10001", "named:a2", "account:a3", "postal:60601");
    assertThat(units.get("postal:10001").getAccountIds()).containsExactly("a1");
    assertThat(units.get("named:a2").isNamed()).isTrue();
    assertThat(units.get("named:a2").isGeographic()).isFalse();
    assertThat(units.get("named:a2").getRequiredSkill()).isNull();
  }
}
