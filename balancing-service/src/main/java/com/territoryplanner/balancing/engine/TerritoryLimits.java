package com.territoryplanner.balancing.engine;

/**
 * Hard bounds every territory must respect whatever its target: potential and accounts between a
 * minimum and a maximum.
 */
public record TerritoryLimits(
    long minPotential, long maxPotential, long minAccounts, long maxAccounts) {

  public static final TerritoryLimits NONE =
      new TerritoryLimits(0, Long.MAX_VALUE, 0, Long.MAX_VALUE);

  public TerritoryLimits {
    if (minPotential < 0 || maxPotential < minPotential) {
      throw new IllegalArgumentException("potential limits need 0 <= minimum <= maximum");
    }
    if (minAccounts < 0 || maxAccounts < minAccounts) {
      throw new IllegalArgumentException("account limits need 0 <= minimum <= maximum");
    }
  }

  public boolean boundsAccounts() {
    return minAccounts > 0 || maxAccounts < Long.MAX_VALUE;
  }
}
