package com.territoryplanner.balancing.engine.route;

import java.time.Duration;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Solves route plans with OptaPlanner's default phases for a list variable (construction, then
 * local search over moves and swaps of visits and sub-lists). A plan is small (a few hundred
 * candidate visits at most), so it is solved on the caller's thread.
 */
public final class RoutePlanner {

  /** Local search ends when this long passes without a better route. */
  private static final Duration UNIMPROVED_LIMIT = Duration.ofMillis(500);

  private RoutePlanner() {}

  public static RoutePlan solve(RoutePlan problem, Duration timeLimit) {
    SolverConfig config =
        new SolverConfig()
            .withSolutionClass(RoutePlan.class)
            .withEntityClasses(RouteDay.class)
            .withConstraintProviderClass(RouteConstraints.class)
            .withTerminationConfig(
                new TerminationConfig()
                    .withSpentLimit(timeLimit)
                    .withUnimprovedSpentLimit(UNIMPROVED_LIMIT));
    return SolverFactory.<RoutePlan>create(config).buildSolver().solve(problem);
  }
}
