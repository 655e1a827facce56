package com.territoryplanner.balancing.engine;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * The smallest thing the solver moves: the accounts of one postal code (or one account without a
 * postal code, or one named account that needs a specialist), with their summed potential and
 * potential-weighted centroid, its neighbours (when part of the geography) and, against a plan in
 * force, its current territory. The travel cost of placing it in each territory is computed once,
 * before solving. A locked unit stays where it was put.
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
  private List<String> neighbourIds = List.of();
  private int currentTerritoryIndex = -1;
  private long changeWeight;
  @PlanningPin private boolean locked;
  private double weightShare;
  private boolean named;
  private String requiredSkill;

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

  public boolean isLocated() {
    return latitude != null;
  }

  /**
   * Whether the unit belongs to the geography that territories are drawn over: located, and not a
   * named account planned on its own.
   */
  public boolean isGeographic() {
    return latitude != null && !named;
  }

  /** The unit's share of the plan's potential (with a floor), weighing its distances. */
  public double getWeightShare() {
    return weightShare;
  }

  void setWeightShare(double weightShare) {
    this.weightShare = weightShare;
  }

  /** Whether this is one account planned on its own, outside the geography. */
  public boolean isNamed() {
    return named;
  }

  /** The skill a rep needs to own this unit (a named account), or null. */
  public String getRequiredSkill() {
    return requiredSkill;
  }

  /** Makes this a named account, needing {@code skill} (or null) of its rep. */
  void name(String skill) {
    this.named = true;
    this.requiredSkill = skill;
  }

  /** Whether this unit sits in another territory than under the plan in force. */
  public boolean changesTerritory() {
    return currentTerritoryIndex >= 0
        && territory != null
        && territory.getIndex() != currentTerritoryIndex;
  }

  /** Keeps the unit in {@code territory} whatever the solver does. */
  public void lockTo(Territory territory) {
    this.territory = territory;
    this.locked = true;
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

  /** The ids of the located units that share a border with this one. */
  public List<String> getNeighbourIds() {
    return neighbourIds;
  }

  public void setNeighbourIds(List<String> neighbourIds) {
    this.neighbourIds = List.copyOf(neighbourIds);
  }

  /** The unit's territory index under the plan in force, or -1 (new, or no plan compared). */
  public int getCurrentTerritoryIndex() {
    return currentTerritoryIndex;
  }

  /** What moving this unit away from its current territory counts against the change limit. */
  public long getChangeWeight() {
    return changeWeight;
  }

  void setCurrent(int territoryIndex, long changeWeight) {
    this.currentTerritoryIndex = territoryIndex;
    this.changeWeight = changeWeight;
  }

  public boolean isLocked() {
    return locked;
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
