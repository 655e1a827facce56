package com.territoryplanner.balancing.engine;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;

/**
 * Selects the units the territory designer does not draw: named accounts and units without a
 * location. Local search moves only these; moving a geographic unit is the designer's job, which
 * knows which moves keep territories connected.
 */
public class OutsideTheGeography implements SelectionFilter<TerritoryPlan, BasicUnit> {

  @Override
  public boolean accept(ScoreDirector<TerritoryPlan> scoreDirector, BasicUnit unit) {
    return !unit.isGeographic();
  }
}
