package com.territoryplanner.balancing.engine;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** The balancing problem of one plan: its territories and the units to spread over them. */
@PlanningSolution
public class TerritoryPlan {

  public static final String TERRITORY_RANGE = "territories";

  @ProblemFactCollectionProperty
  @ValueRangeProvider(id = TERRITORY_RANGE)
  private List<Territory> territories;

  @PlanningEntityCollectionProperty private List<BasicUnit> units;

  @PlanningScore private HardSoftLongScore score;

  public TerritoryPlan() {
    // for the solver's cloning
  }

  public TerritoryPlan(List<Territory> territories, List<BasicUnit> units) {
    this.territories = territories;
    this.units = units;
  }

  public List<Territory> getTerritories() {
    return territories;
  }

  public List<BasicUnit> getUnits() {
    return units;
  }

  public HardSoftLongScore getScore() {
    return score;
  }

  public void setScore(HardSoftLongScore score) {
    this.score = score;
  }
}
