package com.territoryplanner.segmentation.domain.tree;

import java.util.Locale;

/** A hub: the account lies within a radius (great-circle kilometres) of a place (named or not). */
public record Hub(String place, double latitude, double longitude, double radiusKm)
    implements Criterion {

  private static final double EARTH_RADIUS_KM = 6371.0088;

  @Override
  public boolean matches(SegmentedAccount account) {
    return account.isPlaced() && distanceKm(account) <= radiusKm;
  }

  @Override
  public String describe() {
    return String.format(
        Locale.ROOT,
        "within %s km of %s%s, %s",
        radiusKm,
        place == null ? "" : place + " at ",
        latitude,
        longitude);
  }

  @Override
  public String observed(SegmentedAccount account) {
    return account.isPlaced()
        ? String.format(Locale.ROOT, "%.1f km away", distanceKm(account))
        : "no location";
  }

  /** Haversine distance. */
  private double distanceKm(SegmentedAccount account) {
    double dLat = Math.toRadians(account.latitude() - latitude);
    double dLon = Math.toRadians(account.longitude() - longitude);
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(account.latitude()))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
