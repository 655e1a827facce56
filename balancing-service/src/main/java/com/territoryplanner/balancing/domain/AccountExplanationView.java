package com.territoryplanner.balancing.domain;

import java.util.List;
import java.util.UUID;

/**
 * Why an account sits in its territory in a plan: its unit (postal code), the distance to the
 * territory's centre, and for each neighbouring territory what moving the unit there would do.
 */
public record AccountExplanationView(
    String accountId,
    String unitId,
    UUID territoryId,
    String territoryName,
    Double distanceKm,
    List<String> notes,
    List<MoveView> alternatives) {

  /** Moving the account's unit to a neighbouring territory. */
  public record MoveView(
      UUID territoryId,
      String territoryName,
      boolean allowed,
      double potentialShareLeaving,
      double potentialShareJoining,
      double distanceKm,
      List<String> reasons) {}
}
