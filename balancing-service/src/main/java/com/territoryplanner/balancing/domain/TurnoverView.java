package com.territoryplanner.balancing.domain;

import java.util.List;
import java.util.UUID;

/**
 * What a rep's departure or arrival changed. {@code neighbours} are the territories that took the
 * leaver's units or gave units to the newcomer's territory, with what moved; {@code joined} is the
 * newcomer's territory (null on a departure). Each territory of the area (the neighbours, and the
 * joined one) is measured against an even share of what the area carries: its capacity's part of
 * the area's potential. {@code maxDeviation} is the largest |share - 1| and {@code withinTolerance}
 * compares it with the plan's tolerance; {@code planMaxDeviation} is the same against the plan-wide
 * targets. {@code accountsChanged} counts accounts whose territory changed; {@code ownersChanged}
 * the AccountAssigned events published (active plans only).
 */
public record TurnoverView(
    UUID planId,
    UUID repId,
    UUID territoryId,
    String territoryName,
    String change,
    List<Neighbour> neighbours,
    Neighbour joined,
    double maxDeviation,
    boolean withinTolerance,
    double planMaxDeviation,
    int accountsChanged,
    int ownersChanged) {

  /** One territory of the area: what moved into or out of it, and what it carries now. */
  public record Neighbour(
      UUID territoryId,
      String territoryName,
      UUID repId,
      int unitsMoved,
      int accountsMoved,
      long potentialMoved,
      long potential,
      int accountCount,
      double shareOfEvenShare) {}
}
