package com.territoryplanner.balancing.engine;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toList;
import static org.optaplanner.core.api.score.stream.Joiners.equal;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * What a good plan is; the territory designer pursues the same goals, and this is how a solution is
 * scored and its feasibility reported. Hard: every territory's potential and (when balanced)
 * workload lie within their bands (an empty territory carries 0 of both), every territory is
 * connected over the units' neighbours, no more changes territory against the plan in force than
 * allowed, and named accounts that need a specialist sit with a rep who has the skill. Locked units
 * are pinned and never move. Soft: territories are close to their targets (squared relative
 * deviation), compact (potential-weighted distance from their centre) and close to their reps
 * (potential-weighted travel from the rep's home base).
 */
public class TerritoryConstraints implements ConstraintProvider {

  public static final String POTENTIAL_OUTSIDE_TOLERANCE = "Territory potential outside tolerance";
  public static final String WORKLOAD_OUTSIDE_TOLERANCE = "Territory workload outside tolerance";
  public static final String EMPTY_TERRITORY = "Territory without units";
  public static final String NOT_CONNECTED = "Territory not connected";
  public static final String TOO_MANY_CHANGES = "More changes than allowed";
  public static final String SKILL_MISMATCH = "Named account with a rep who lacks its skill";
  public static final String POTENTIAL_BALANCE = "Potential balance";
  public static final String WORKLOAD_BALANCE = "Workload balance";
  public static final String COMPACTNESS = "Compactness";
  public static final String TRAVEL = "Travel from home base";

  /** Soft points per squared relative deviation: 1 % off target costs 100. */
  public static final long BALANCE_SCALE = 1_000_000L;

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      potentialOutsideTolerance(factory),
      workloadOutsideTolerance(factory),
      emptyTerritory(factory),
      notConnected(factory),
      tooManyChanges(factory),
      skillMismatch(factory),
      potentialBalance(factory),
      workloadBalance(factory),
      compactness(factory),
      travel(factory)
    };
  }

  Constraint potentialOutsideTolerance(ConstraintFactory factory) {
    return factory
        .forEach(BasicUnit.class)
        .groupBy(BasicUnit::getTerritory, sumLong(BasicUnit::getPotential))
        .filter((territory, potential) -> territory.getPotential().distanceOutside(potential) > 0)
        .penalizeLong(
            HardSoftLongScore.ONE_HARD,
            (territory, potential) -> territory.getPotential().distanceOutside(potential))
        .asConstraint(POTENTIAL_OUTSIDE_TOLERANCE);
  }

  Constraint workloadOutsideTolerance(ConstraintFactory factory) {
    return factory
        .forEach(BasicUnit.class)
        .groupBy(BasicUnit::getTerritory, sum(BasicUnit::getAccountCount))
        .filter((territory, accounts) -> territory.getWorkload().distanceOutside(accounts) > 0)
        .penalizeLong(
            HardSoftLongScore.ONE_HARD,
            (territory, accounts) -> territory.getWorkload().distanceOutside(accounts))
        .asConstraint(WORKLOAD_OUTSIDE_TOLERANCE);
  }

  Constraint emptyTerritory(ConstraintFactory factory) {
    return factory
        .forEach(Territory.class)
        .ifNotExists(BasicUnit.class, equal(territory -> territory, BasicUnit::getTerritory))
        .filter(territory -> shortfallWhenEmpty(territory) > 0)
        .penalizeLong(HardSoftLongScore.ONE_HARD, TerritoryConstraints::shortfallWhenEmpty)
        .asConstraint(EMPTY_TERRITORY);
  }

  /**
   * Penalised by the units cut off from the territory's largest connected piece. The second
   * grouping maps each territory's units to the figure once (constraint streams here have no map),
   * so the search runs once per change, not once for the filter and again for the penalty.
   */
  Constraint notConnected(ConstraintFactory factory) {
    return factory
        .forEach(BasicUnit.class)
        .filter(BasicUnit::isGeographic)
        .groupBy(BasicUnit::getTerritory, toList())
        .groupBy(
            (territory, units) -> territory, (territory, units) -> Contiguity.strandedUnits(units))
        .filter((territory, stranded) -> stranded > 0)
        .penalize(HardSoftLongScore.ONE_HARD, (territory, stranded) -> stranded)
        .asConstraint(NOT_CONNECTED);
  }

  /** Penalised by how far the changed units' weight exceeds the allowance. */
  Constraint tooManyChanges(ConstraintFactory factory) {
    return factory
        .forEach(BasicUnit.class)
        .filter(BasicUnit::changesTerritory)
        .groupBy(sumLong(BasicUnit::getChangeWeight))
        .join(ChangeAllowance.class)
        .filter((changed, allowance) -> changed > allowance.maxChange())
        .penalizeLong(
            HardSoftLongScore.ONE_HARD,
            (changed, allowance) ->
                (changed - allowance.maxChange()) * allowance.penaltyPerExcess())
        .asConstraint(TOO_MANY_CHANGES);
  }

  /**
   * Penalised, for each account whose rep lacks the skill it needs, by three times its potential
   * and accounts, plus two: more than moving it can gain on all other hard constraints together (at
   * most its potential and its accounts on each of two territories' bands, and its weight against
   * the change allowance), so no gain in balance pays for a mismatch.
   */
  Constraint skillMismatch(ConstraintFactory factory) {
    return factory
        .forEach(BasicUnit.class)
        .filter(
            unit ->
                unit.getRequiredSkill() != null
                    && !unit.getTerritory().hasSkill(unit.getRequiredSkill()))
        .penalizeLong(
            HardSoftLongScore.ONE_HARD,
            unit -> 3 * (unit.getPotential() + unit.getAccountCount()) + 2)
        .asConstraint(SKILL_MISMATCH);
  }

  Constraint potentialBalance(ConstraintFactory factory) {
    return factory
        .forEach(BasicUnit.class)
        .groupBy(BasicUnit::getTerritory, sumLong(BasicUnit::getPotential))
        .filter((territory, potential) -> deviationCost(territory.getPotential(), potential) > 0)
        .penalizeLong(
            HardSoftLongScore.ONE_SOFT,
            (territory, potential) -> deviationCost(territory.getPotential(), potential))
        .asConstraint(POTENTIAL_BALANCE);
  }

  Constraint workloadBalance(ConstraintFactory factory) {
    return factory
        .forEach(BasicUnit.class)
        .groupBy(BasicUnit::getTerritory, sum(BasicUnit::getAccountCount))
        .filter((territory, accounts) -> deviationCost(territory.getWorkload(), accounts) > 0)
        .penalizeLong(
            HardSoftLongScore.ONE_SOFT,
            (territory, accounts) -> deviationCost(territory.getWorkload(), accounts))
        .asConstraint(WORKLOAD_BALANCE);
  }

  /**
   * Penalised by the weighted distance of the geographic units from their territory's centre
   * (computed once per change, as in {@link #notConnected}).
   */
  Constraint compactness(ConstraintFactory factory) {
    return factory
        .forEach(BasicUnit.class)
        .filter(BasicUnit::isGeographic)
        .groupBy(BasicUnit::getTerritory, toList())
        .groupBy((territory, units) -> territory, (territory, units) -> Compactness.cost(units))
        .filter((territory, cost) -> cost > 0)
        .penalizeLong(HardSoftLongScore.ONE_SOFT, (territory, cost) -> cost)
        .asConstraint(COMPACTNESS);
  }

  Constraint travel(ConstraintFactory factory) {
    return factory
        .forEach(BasicUnit.class)
        .filter(unit -> unit.compactnessCostInTerritory() > 0)
        .penalizeLong(HardSoftLongScore.ONE_SOFT, BasicUnit::compactnessCostInTerritory)
        .asConstraint(TRAVEL);
  }

  private static long shortfallWhenEmpty(Territory territory) {
    return territory.getPotential().distanceOutside(0) + territory.getWorkload().distanceOutside(0);
  }

  static long deviationCost(TargetBand band, long value) {
    double deviation = band.relativeDeviation(value);
    return Math.round(deviation * deviation * BALANCE_SCALE);
  }
}
