package com.territoryplanner.balancing.engine;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
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

  private BalanceTolerance balanceTolerance;
  private TerritoryLimits limits = TerritoryLimits.NONE;
  private Duration designTimeLimit = Duration.ofSeconds(1);
  private ChangeLimit changeLimit;
  @ProblemFactProperty private ChangeAllowance changeAllowance;
  // Shared by the solver's clones of this plan, so that a stop reaches the running design.
  private AtomicBoolean stopRequested = new AtomicBoolean();

  public TerritoryPlan() {
    // for the solver's cloning
  }

  public TerritoryPlan(
      List<Territory> territories, List<BasicUnit> units, BalanceTolerance balanceTolerance) {
    this(territories, units, balanceTolerance, TerritoryLimits.NONE);
  }

  public TerritoryPlan(
      List<Territory> territories,
      List<BasicUnit> units,
      BalanceTolerance balanceTolerance,
      TerritoryLimits limits) {
    this.territories = territories;
    this.units = units;
    this.balanceTolerance = balanceTolerance;
    this.limits = limits;
  }

  /** The plan's relative tolerances around each territory's targets. */
  public BalanceTolerance getBalanceTolerance() {
    return balanceTolerance;
  }

  /** The hard bounds on every territory, besides the tolerances. */
  public TerritoryLimits getLimits() {
    return limits;
  }

  /** How long the territory design phase may take. */
  public Duration getDesignTimeLimit() {
    return designTimeLimit;
  }

  public void setDesignTimeLimit(Duration designTimeLimit) {
    this.designTimeLimit = designTimeLimit;
  }

  /** How much may change against the plan in force; null for a fresh design. */
  public ChangeLimit getChangeLimit() {
    return changeLimit;
  }

  /** Compares with the plan in force: marks each unit's current territory and change weight. */
  public void setChangeLimit(ChangeLimit changeLimit) {
    this.changeLimit = changeLimit;
    long total = 0;
    long penaltyPerExcess = 1;
    for (BasicUnit unit : units) {
      long weight =
          switch (changeLimit.metric()) {
            case UnitAdjacency.POTENTIAL -> unit.getPotential();
            case UnitAdjacency.ACCOUNTS -> unit.getAccountCount();
            default -> 1;
          };
      unit.setCurrent(changeLimit.currentTerritory().getOrDefault(unit.getId(), -1), weight);
      total += weight;
      if (weight > 0) {
        long mostGained = 2 * (unit.getPotential() + unit.getAccountCount()) + 1;
        penaltyPerExcess = Math.max(penaltyPerExcess, (mostGained + weight - 1) / weight);
      }
    }
    this.changeAllowance =
        new ChangeAllowance((long) Math.floor(changeLimit.maxShare() * total), penaltyPerExcess);
  }

  /** The change allowed against the plan in force; null for a fresh design. */
  public ChangeAllowance getChangeAllowance() {
    return changeAllowance;
  }

  /** Asks a running territory design to end with its best result so far. */
  public void requestStop() {
    stopRequested.set(true);
  }

  public boolean isStopRequested() {
    return stopRequested.get();
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
