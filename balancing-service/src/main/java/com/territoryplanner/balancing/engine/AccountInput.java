package com.territoryplanner.balancing.engine;

/**
 * One account of the planning copy, as the problem builder needs it; {@code sizeTier} and {@code
 * naics} decide whether it needs a specialist.
 */
public record AccountInput(
    String id,
    String postalCode,
    Double latitude,
    Double longitude,
    long potential,
    String sizeTier,
    String naics) {

  /** An account that no specialist rule singles out. */
  public AccountInput(
      String id, String postalCode, Double latitude, Double longitude, long potential) {
    this(id, postalCode, latitude, longitude, potential, null, null);
  }
}
