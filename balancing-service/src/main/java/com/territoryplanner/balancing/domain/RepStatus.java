package com.territoryplanner.balancing.domain;

/**
 * Whether a rep can be given a territory: an active rep, or a placeholder for one to be hired (a
 * scenario's new territory, owned by the placeholder until someone takes it); not an inactive one.
 */
public enum RepStatus {
  ACTIVE,
  TO_BE_HIRED,
  INACTIVE;

  public boolean canHoldTerritory() {
    return this != INACTIVE;
  }
}
