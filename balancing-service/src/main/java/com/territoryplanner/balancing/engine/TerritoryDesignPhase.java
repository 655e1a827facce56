package com.territoryplanner.balancing.engine;

import com.territoryplanner.balancing.engine.design.TerritoryDesign;
import com.territoryplanner.balancing.engine.design.TerritoryDesigner;
import java.util.List;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The solver's first phase: the territory designer assigns every located unit (balanced potential,
 * and workload when asked, within the plan's tolerances, connected over the units' neighbours,
 * compact, near its rep's home base, locked units where they are locked). Units without a location
 * are left to the construction heuristic that follows.
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
    for (BasicUnit unit : plan.getUnits()) {
      int current = unit.getCurrentTerritoryIndex();
      if (!unit.isLocated() && !unit.isLocked() && current >= 0) {
        scoreDirector.beforeVariableChanged(unit, "territory");
        unit.setTerritory(plan.getTerritories().get(current));
        scoreDirector.afterVariableChanged(unit, "territory");
      }
    }
  }
}
