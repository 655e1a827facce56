package com.territoryplanner.balancing.engine;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * The smallest thing the solver moves: the accounts of one postal code (or one account without a
 * postal code), with their summed potential and potential-weighted centroid. The compactness cost
 * of placing it in each territory is computed once, before solving.
 */
@PlanningEntity(difficultyComparatorClass = UnitDifficulty.class)
public class BasicUnit {

  @PlanningId private String id;
  private long potential;
  private int accountCount;
  private Double latitude;
  private Double longitude;
  private List<String> accountIds;
  private long[] compactnessCost;

  @PlanningVariable(valueRangeProviderRefs = TerritoryPlan.TERRITORY_RANGE)
  private Territory territory;

  public BasicUnit() {
    // for the solver's cloning
  }

  public BasicUnit(
      String id,
      long potential,
      int accountCount,
      Double latitude,
      Double longitude,
      List<String> accountIds,
      long[] compactnessCost) {
    this.id = id;
    this.potential = potential;
    this.accountCount = accountCount;
    this.latitude = latitude;
    this.longitude = longitude;
    this.accountIds = accountIds;
    this.compactnessCost = compactnessCost;
  }

  /** Compactness penalty of this unit in its current territory (0 while unassigned). */
  public long compactnessCostInTerritory() {
    return territory == null ? 0 : compactnessCost[territory.getIndex()];
  }

  public String getId() {
    return id;
  }

  public long getPotential() {
    return potential;
  }

  public int getAccountCount() {
    return accountCount;
  }

  public Double getLatitude() {
    return latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public List<String> getAccountIds() {
    return accountIds;
  }

  public long[] getCompactnessCost() {
    return compactnessCost;
  }

  public Territory getTerritory() {
    return territory;
  }

  public void setTerritory(Territory territory) {
    this.territory = territory;
  }

  @Override
  public String toString() {
    return "Unit " + id;
  }
}
