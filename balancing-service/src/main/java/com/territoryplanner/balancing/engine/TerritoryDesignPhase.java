package com.territoryplanner.balancing.engine;

import com.territoryplanner.balancing.engine.design.TerritoryDesign;
import com.territoryplanner.balancing.engine.design.TerritoryDesigner;
import java.util.List;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The solver's first phase: named accounts that need a specialist go to reps with the skill, then
 * the territory designer assigns every geographic unit (balanced potential, and workload when
 * asked, counting the named accounts, within the plan's tolerances and limits, connected over the
 * units' neighbours, compact, near its rep's home base, locked units where they are locked). Units
 * without a location are left to the construction heuristic that follows.
 */
public class TerritoryDesignPhase implements CustomPhaseCommand<TerritoryPlan> {

  @Override
  public void changeWorkingSolution(ScoreDirector<TerritoryPlan> scoreDirector) {
    TerritoryPlan plan = scoreDirector.getWorkingSolution();
    List<Territory> territories = plan.getTerritories();
    SpecialistPlacement.place(plan, (unit, territory) -> assign(scoreDirector, unit, territory));
    DesignInput input = DesignInput.of(plan);
    if (input.located().size() < territories.size()) {
      return;
    }
    TerritoryDesign design = TerritoryDesigner.design(input.graph(), input.spec());
    for (int u = 0; u < input.located().size(); u++) {
      assign(scoreDirector, input.located().get(u), territories.get(design.territoryOf()[u]));
    }
    keepUnlocatedWhereTheyAre(scoreDirector, plan);
    scoreDirector.triggerVariableListeners();
  }

  private static void assign(
      ScoreDirector<TerritoryPlan> scoreDirector, BasicUnit unit, Territory territory) {
    scoreDirector.beforeVariableChanged(unit, "territory");
    unit.setTerritory(territory);
    scoreDirector.afterVariableChanged(unit, "territory");
  }

  /**
   * Against a plan in force, units without a location stay in their current territory; only new
   * ones are left to the construction heuristic.
   */
  private static void keepUnlocatedWhereTheyAre(
      ScoreDirector<TerritoryPlan> scoreDirector, TerritoryPlan plan) {
    for (BasicUnit unit : plan.getUnits()) {
      int current = unit.getCurrentTerritoryIndex();
      if (!unit.isLocated() && !unit.isNamed() && !unit.isLocked() && current >= 0) {
        assign(scoreDirector, unit, plan.getTerritories().get(current));
      }
    }
  }
}
