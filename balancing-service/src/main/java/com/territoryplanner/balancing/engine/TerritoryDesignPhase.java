package com.territoryplanner.balancing.engine;

import com.territoryplanner.balancing.engine.design.TerritoryDesign;
import com.territoryplanner.balancing.engine.design.TerritoryDesigner;
import com.territoryplanner.balancing.engine.design.UnitGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The solver's first phase: the territory designer assigns every located unit (balanced potential
 * within the plan's tolerance, connected over the units' Delaunay graph, compact), and each
 * designed territory goes to the rep of equal capacity whose home base is nearest. Units without a
 * location are left to the construction heuristic that follows.
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
    Territory[] repOf = matchReps(input.graph(), design.territoryOf(), territories);
    for (int u = 0; u < input.located().size(); u++) {
      BasicUnit unit = input.located().get(u);
      scoreDirector.beforeVariableChanged(unit, "territory");
      unit.setTerritory(repOf[design.territoryOf()[u]]);
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

  /**
   * Designed territory i was sized for territory i's capacity; among territories of equal capacity,
   * hand the designed ones to reps nearest first.
   */
  static Territory[] matchReps(UnitGraph graph, int[] territoryOf, List<Territory> territories) {
    int k = territories.size();
    double[] sumX = new double[k];
    double[] sumY = new double[k];
    int[] count = new int[k];
    for (int u = 0; u < graph.size(); u++) {
      sumX[territoryOf[u]] += graph.x(u);
      sumY[territoryOf[u]] += graph.y(u);
      count[territoryOf[u]]++;
    }
    Map<Double, List<Integer>> byCapacity = new TreeMap<>();
    for (int t = 0; t < k; t++) {
      byCapacity.computeIfAbsent(territories.get(t).getCapacity(), c -> new ArrayList<>()).add(t);
    }
    Territory[] repOf = new Territory[k];
    for (List<Integer> group : byCapacity.values()) {
      List<double[]> pairs = new ArrayList<>();
      for (int designed : group) {
        double x = count[designed] == 0 ? 0 : sumX[designed] / count[designed];
        double y = count[designed] == 0 ? 0 : sumY[designed] / count[designed];
        for (int rep : group) {
          Territory home = territories.get(rep);
          double km =
              Math.hypot(
                  x - graph.projectX(home.getHomeLongitude()),
                  y - graph.projectY(home.getHomeLatitude()));
          pairs.add(new double[] {km, designed, rep});
        }
      }
      pairs.sort(Comparator.comparingDouble(pair -> pair[0]));
      boolean[] designedTaken = new boolean[k];
      boolean[] repTaken = new boolean[k];
      for (double[] pair : pairs) {
        int designed = (int) pair[1];
        int rep = (int) pair[2];
        if (!designedTaken[designed] && !repTaken[rep]) {
          designedTaken[designed] = true;
          repTaken[rep] = true;
          repOf[designed] = territories.get(rep);
        }
      }
    }
    return repOf;
  }
}
