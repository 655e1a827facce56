package com.territoryplanner.balancing.engine;

/** A plan's limits leave a territory no room: its tolerance band and its limits do not overlap. */
public class UnreachableLimits extends RuntimeException {

  public UnreachableLimits(String message) {
    super(message);
  }
}
