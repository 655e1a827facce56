package com.territoryplanner.balancing.engine.route;

import java.time.Duration;
import java.util.List;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Solves route plans: a first route by {@link ValueDensityInsertion}, then OptaPlanner's local
 * search for a list variable (moves and swaps of visits and sub-lists, within and between days and
 * the pool). A plan is small (a few hundred candidate visits at most), so it is solved on the
 * caller's thread.
 */
public final class RoutePlanner {

  private RoutePlanner() {}

  /** Solves for at most the time limit, and stops sooner once half of it brings nothing better. */
  public static RoutePlan solve(RoutePlan problem, Duration timeLimit) {
    SolverConfig config =
        new SolverConfig()
            .withSolutionClass(RoutePlan.class)
            .withEntityClasses(RouteDay.class)
            .withConstraintProviderClass(RouteConstraints.class)
            .withPhases(
                new CustomPhaseConfig()
                    .withCustomPhaseCommandClassList(List.of(ValueDensityInsertion.class)),
                new LocalSearchPhaseConfig())
            .withTerminationConfig(
                new TerminationConfig()
                    .withSpentLimit(timeLimit)
                    .withUnimprovedSpentLimit(timeLimit.dividedBy(2)));
    return SolverFactory.<RoutePlan>create(config).buildSolver().solve(problem);
  }
}
