package com.territoryplanner.balancing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

class TerritorySolverTest {

  @Test
  void twoHundredUnitsOverFiveTerritoriesEndFeasibleWithinTolerance() {
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
    List<RepInput> reps =
        List.of(
            new RepInput("t0", 48.1, 11.6, 1.0),
            new RepInput("t1", 52.5, 13.4, 1.0),
            new RepInput("t2", 50.1, 8.7, 1.5),
            new RepInput("t3", 53.6, 10.0, 1.0),
            new RepInput("t4", 51.2, 6.8, 0.5));
    TerritoryPlan problem = ProblemBuilder.build(accounts, reps, 0.05);

    SolverConfig config =
        SolverConfig.createFromXmlResource("solverConfig.xml")
            .withSolutionClass(TerritoryPlan.class)
            .withEntityClasses(BasicUnit.class)
            .withConstraintProviderClass(TerritoryConstraints.class)
            .withTerminationSpentLimit(Duration.ofSeconds(3));
    TerritoryPlan solution =
        SolverFactory.<TerritoryPlan>create(config).buildSolver().solve(problem);

    assertThat(solution.getScore().isFeasible()).as("score %s", solution.getScore()).isTrue();
    BalanceReport report = BalanceReport.of(solution);
    assertThat(report.maxDeviation()).isLessThanOrEqualTo(0.05);
    assertThat(report.territories()).allSatisfy(t -> assertThat(t.unitCount()).isPositive());
    assertThat(report.territories().stream().mapToInt(TerritoryLoad::accountCount).sum())
        .isEqualTo(200);
  }
}
