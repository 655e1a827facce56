package com.territoryplanner.balancing.domain;

import java.util.List;
import java.util.UUID;

/**
 * What a departure changed: the removed territory, what each neighbouring territory took, and the
 * balance afterwards. {@code receiverMaxDeviation} is the largest |potential / even share - 1| of
 * the receivers, each share being its capacity's part of what the receivers carry together; {@code
 * receiversWithinTolerance} compares it with the plan's tolerance. {@code planMaxDeviation} is the
 * same against the plan-wide targets of the remaining territories, which only the receivers' growth
 * moves. {@code ownersChanged} counts the AccountAssigned events published (active plans only).
 */
public record DepartureView(
    UUID planId,
    UUID repId,
    UUID territoryId,
    String territoryName,
    List<Receiver> receivers,
    double receiverMaxDeviation,
    boolean receiversWithinTolerance,
    double planMaxDeviation,
    int ownersChanged) {

  /** One neighbouring territory: what it took and what it carries now. */
  public record Receiver(
      UUID territoryId,
      String territoryName,
      UUID repId,
      int unitsTaken,
      int accountsTaken,
      long potentialTaken,
      long potential,
      int accountCount,
      double shareOfEvenShare) {}
}
