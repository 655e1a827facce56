package com.territoryplanner.balancing.engine;

import java.util.Comparator;

/** Bigger units are harder to place: the construction heuristic places them first. */
public class UnitDifficulty implements Comparator<BasicUnit> {

  private static final Comparator<BasicUnit> ORDER =
      Comparator.comparingLong(BasicUnit::getPotential).thenComparing(BasicUnit::getId);

  @Override
  public int compare(BasicUnit a, BasicUnit b) {
    return ORDER.compare(a, b);
  }
}
