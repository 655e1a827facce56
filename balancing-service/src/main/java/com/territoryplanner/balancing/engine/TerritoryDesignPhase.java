package com.territoryplanner.balancing.engine;

import com.territoryplanner.balancing.engine.design.TerritoryDesign;
import com.territoryplanner.balancing.engine.design.TerritoryDesigner;
import java.util.Comparator;
import java.util.List;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The solver's first phase: named accounts that need a specialist go to reps with the skill, then
 * the territory designer assigns every geographic unit (balanced potential, and workload when
 * asked, counting the named accounts, within the plan's tolerances and limits, connected over the
 * units' neighbours, compact, near its rep's home base, locked units where they are locked). Units
 * without a location stay in their territory under the plan in force, and new ones go, one by one,
 * to the territory with the least potential for its capacity: leaving them to OptaPlanner's
 * construction heuristic took longer than a solve's time with a few hundred of them.
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
    placeNewUnlocated(scoreDirector, plan);
    scoreDirector.triggerVariableListeners();
  }

  private static void placeNewUnlocated(
      ScoreDirector<TerritoryPlan> scoreDirector, TerritoryPlan plan) {
    List<Territory> territories = plan.getTerritories();
    double[] potential = new double[territories.size()];
    for (BasicUnit unit : plan.getUnits()) {
      if (unit.getTerritory() != null) {
        potential[unit.getTerritory().getIndex()] += unit.getPotential();
      }
    }
    for (BasicUnit unit : plan.getUnits()) {
      if (unit.getTerritory() == null && !unit.isNamed()) {
        Territory lightest =
            territories.stream()
                .min(
                    Comparator.comparingDouble(
                        (Territory t) -> potential[t.getIndex()] / t.getCapacity()))
                .orElseThrow();
        assign(scoreDirector, unit, lightest);
        potential[lightest.getIndex()] += unit.getPotential();
      }
    }
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
