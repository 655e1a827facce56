package com.territoryplanner.balancing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.territoryplanner.balancing.engine.design.DesignReport;
import com.territoryplanner.balancing.engine.design.DesignSpec;
import com.territoryplanner.balancing.engine.design.UnitGraph;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

class TerritorySolverTest {

  @Test
  void twoHundredUnitsOverFiveTerritoriesEndFeasibleConnectedAndWithinTolerance() {
    TerritoryPlan solution =
        solve(
            ProblemBuilder.build(
                accounts(),
                REPS,
                BalanceTolerance.ofPotential(0.05),
                TerritoryLimits.NONE,
                AccountRouting.NONE));

    assertThat(solution.getScore().isFeasible()).as("score %s", solution.getScore()).isTrue();
    BalanceReport report = BalanceReport.of(solution);
    assertThat(report.maxDeviation()).isLessThanOrEqualTo(0.05);
    assertThat(report.territories()).allSatisfy(t -> assertThat(t.unitCount()).isPositive());
    assertThat(report.territories().stream().mapToInt(TerritoryLoad::accountCount).sum())
        .isEqualTo(201);
    assertThat(solution.getUnits()).allSatisfy(u -> assertThat(u.getTerritory()).isNotNull());
    assertEveryTerritoryConnected(solution);
  }

  @Test
  void workloadIsBalancedToAndLockedUnitsStayWithTheirRep() {
    TerritoryPlan problem =
        ProblemBuilder.build(
            accounts(),
            REPS,
            new BalanceTolerance(0.05, 0.10),
            TerritoryLimits.NONE,
            AccountRouting.NONE);
    // the unit nearest Nuremberg, between the Munich and the Frankfurt rep, locked to Frankfurt
    BasicUnit locked =
        problem.getUnits().stream()
            .filter(BasicUnit::isLocated)
            .min(
                Comparator.comparingDouble(
                    u -> Math.hypot(u.getLatitude() - 49.45, u.getLongitude() - 11.08)))
            .orElseThrow();
    locked.lockTo(problem.getTerritories().get(2));

    TerritoryPlan solution = solve(problem);

    assertThat(solution.getScore().isFeasible()).as("score %s", solution.getScore()).isTrue();
    BasicUnit lockedAfter =
        solution.getUnits().stream()
            .filter(u -> u.getId().equals(locked.getId()))
            .findFirst()
            .orElseThrow();
    assertThat(lockedAfter.getTerritory().getId()).isEqualTo("t2");
    for (Territory territory : solution.getTerritories()) {
      int accounts =
          solution.getUnits().stream()
              .filter(u -> u.getTerritory() == territory)
              .mapToInt(BasicUnit::getAccountCount)
              .sum();
      assertThat(territory.getWorkload().distanceOutside(accounts))
          .as("accounts of %s", territory)
          .isZero();
    }
    assertEveryTerritoryConnected(solution);
  }

  @Test
  void namedAccountsGoToTheSpecialistAndBalanceCountsThem() {
    List<AccountInput> accounts = new ArrayList<>(accounts());
    Random random = new Random(7);
    for (int i = 0; i < 12; i++) {
      accounts.add(
          new AccountInput(
              "enterprise-" + i,
              "PC" + i,
              47 + random.nextDouble() * 6,
              6 + random.nextDouble() * 9,
              60_000,
              "L",
              null));
    }
    List<RepInput> reps = new ArrayList<>(REPS);
    RepInput frankfurt = reps.get(2);
    reps.set(
        2,
        new RepInput(
            frankfurt.territoryId(),
            frankfurt.homeLatitude(),
            frankfurt.homeLongitude(),
            frankfurt.capacity(),
            Set.of("enterprise")));

    TerritoryPlan solution =
        solve(
            ProblemBuilder.build(
                accounts,
                reps,
                BalanceTolerance.ofPotential(0.05),
                TerritoryLimits.NONE,
                AccountRouting.specialists(List.of(new SkillRule("L", null, "enterprise")))));

    assertThat(solution.getScore().isFeasible()).as("score %s", solution.getScore()).isTrue();
    assertThat(solution.getUnits().stream().filter(u -> u.getRequiredSkill() != null))
        .hasSize(12)
        .allSatisfy(u -> assertThat(u.getTerritory().getId()).isEqualTo("t2"));
    // 720,000 of named potential sit with Frankfurt, yet every territory is within 5 %
    assertThat(BalanceReport.of(solution).maxDeviation()).isLessThanOrEqualTo(0.05);
    assertEveryTerritoryConnected(solution);
  }

  private static final List<RepInput> REPS =
      List.of(
          new RepInput("t0", 48.1, 11.6, 1.0),
          new RepInput("t1", 52.5, 13.4, 1.0),
          new RepInput("t2", 50.1, 8.7, 1.5),
          new RepInput("t3", 53.6, 10.0, 1.0),
          new RepInput("t4", 51.2, 6.8, 0.5));

  /** 200 located accounts in Germany, each its own postal code, and one without a location. */
  private static List<AccountInput> accounts() {
    Random random = new Random(42);
    List<AccountInput> accounts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      accounts.add(
          new AccountInput(
              "acc-" + i,
              "PC" + i,
              47 + random.nextDouble() * 6,
              6 + random.nextDouble() * 9,
              1_000 + random.nextInt(99_000)));
    }
    // known only by postal code: the design phase gives it to the lightest territory for its
    // capacity
    accounts.add(new AccountInput("acc-unlocated", "PC-X", null, null, 5_000));
    return accounts;
  }

  private static TerritoryPlan solve(TerritoryPlan problem) {
    problem.setDesignTimeLimit(Duration.ofSeconds(1));
    SolverConfig config =
        SolverConfig.createFromXmlResource("solverConfig.xml")
            .withSolutionClass(TerritoryPlan.class)
            .withEntityClasses(BasicUnit.class)
            .withConstraintProviderClass(TerritoryConstraints.class)
            .withTerminationSpentLimit(Duration.ofSeconds(3));
    return SolverFactory.<TerritoryPlan>create(config).buildSolver().solve(problem);
  }

  private static void assertEveryTerritoryConnected(TerritoryPlan solution) {
    List<BasicUnit> located = solution.getUnits().stream().filter(BasicUnit::isGeographic).toList();
    UnitGraph graph = UnitAdjacency.of(located);
    int[] territoryOf = located.stream().mapToInt(u -> u.getTerritory().getIndex()).toArray();
    assertThat(DesignReport.of(graph, equalShares(graph, 5), territoryOf).nonContiguous()).isZero();
  }

  private static DesignSpec equalShares(UnitGraph graph, int territories) {
    return DesignSpec.balanceAll(graph, territories, 0.5, Duration.ofSeconds(1));
  }
}
