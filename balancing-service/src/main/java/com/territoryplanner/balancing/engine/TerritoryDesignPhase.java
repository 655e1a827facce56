package com.territoryplanner.balancing.engine;

import com.territoryplanner.balancing.engine.design.TerritoryDesign;
import com.territoryplanner.balancing.engine.design.TerritoryDesigner;
import java.util.List;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The solver's first phase: the territory designer assigns every located unit (balanced potential
 * within the plan's tolerance, connected over the units' Delaunay graph, compact, near its rep's
 * home base). Units without a location are left to the construction heuristic that follows.
 */
public class TerritoryDesignPhase implements CustomPhaseCommand<TerritoryPlan> {

  @Override
  public void changeWorkingSolution(ScoreDirector<TerritoryPlan> scoreDirector) {
    TerritoryPlan plan = scoreDirector.getWorkingSolution();
    List<Territory> territories = plan.getTerritories();
    DesignInput input = DesignInput.of(plan);
    if (input.located().size() < territories.size()) {
      return;
    }
    TerritoryDesign design = TerritoryDesigner.design(input.graph(), input.spec());
    for (int u = 0; u < input.located().size(); u++) {
      BasicUnit unit = input.located().get(u);
      scoreDirector.beforeVariableChanged(unit, "territory");
      unit.setTerritory(territories.get(design.territoryOf()[u]));
      scoreDirector.afterVariableChanged(unit, "territory");
    }
    keepUnlocatedWhereTheyAre(scoreDirector, plan);
    scoreDirector.triggerVariableListeners();
  }

  /**
   * Against a plan in force, units without a location stay in their current territory; only new
   * ones are left to the construction heuristic.
   */
  private static void keepUnlocatedWhereTheyAre(
      ScoreDirector<TerritoryPlan> scoreDirector, TerritoryPlan plan) {
    ChangeLimit limit = plan.getChangeLimit();
    if (limit == null) {
      return;
    }
    for (BasicUnit unit : plan.getUnits()) {
      Integer current = limit.currentTerritory().get(unit.getId());
      if (unit.getLatitude() == null && current != null) {
        scoreDirector.beforeVariableChanged(unit, "territory");
        unit.setTerritory(plan.getTerritories().get(current));
        scoreDirector.afterVariableChanged(unit, "territory");
      }
    }
  }
}
