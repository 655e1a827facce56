package com.territoryplanner.balancing.engine;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;
import static org.optaplanner.core.api.score.stream.Joiners.equal;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * What a good plan is. Hard: every territory's potential lies within its target band (an empty
 * territory counts as potential 0). Soft: territories are close to their targets (squared relative
 * deviation) and compact (potential-weighted distance of the units from the rep's home base).
 */
public class TerritoryConstraints implements ConstraintProvider {

  public static final String OUTSIDE_TOLERANCE = "Territory potential outside tolerance";
  public static final String EMPTY_TERRITORY = "Territory without units";
  public static final String BALANCE = "Balance";
  public static final String COMPACTNESS = "Compactness";

  /** Soft points per squared relative deviation: 1 % off target costs 100. */
  public static final long BALANCE_SCALE = 1_000_000L;

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      outsideTolerance(factory), emptyTerritory(factory), balance(factory), compactness(factory)
    };
  }

  Constraint outsideTolerance(ConstraintFactory factory) {
    return factory
        .forEach(BasicUnit.class)
        .groupBy(BasicUnit::getTerritory, sumLong(BasicUnit::getPotential))
        .filter((territory, potential) -> territory.distanceOutsideBand(potential) > 0)
        .penalizeLong(
            HardSoftLongScore.ONE_HARD,
            (territory, potential) -> territory.distanceOutsideBand(potential))
        .asConstraint(OUTSIDE_TOLERANCE);
  }

  Constraint emptyTerritory(ConstraintFactory factory) {
    return factory
        .forEach(Territory.class)
        .ifNotExists(BasicUnit.class, equal(territory -> territory, BasicUnit::getTerritory))
        .filter(territory -> territory.distanceOutsideBand(0) > 0)
        .penalizeLong(HardSoftLongScore.ONE_HARD, territory -> territory.distanceOutsideBand(0))
        .asConstraint(EMPTY_TERRITORY);
  }

  Constraint balance(ConstraintFactory factory) {
    return factory
        .forEach(BasicUnit.class)
        .groupBy(BasicUnit::getTerritory, sumLong(BasicUnit::getPotential))
        .filter(
            (territory, potential) -> balancePenalty(territory.relativeDeviation(potential)) > 0)
        .penalizeLong(
            HardSoftLongScore.ONE_SOFT,
            (territory, potential) -> balancePenalty(territory.relativeDeviation(potential)))
        .asConstraint(BALANCE);
  }

  Constraint compactness(ConstraintFactory factory) {
    return factory
        .forEach(BasicUnit.class)
        .filter(unit -> unit.compactnessCostInTerritory() > 0)
        .penalizeLong(HardSoftLongScore.ONE_SOFT, BasicUnit::compactnessCostInTerritory)
        .asConstraint(COMPACTNESS);
  }

  static long balancePenalty(double relativeDeviation) {
    return Math.round(relativeDeviation * relativeDeviation * BALANCE_SCALE);
  }
}
