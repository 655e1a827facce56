package com.territoryplanner.ingest.domain;

/**
 * A record that can be placed on the map at its postal code's centroid when it comes without
 * coordinates: accounts and leads.
 */
public interface Placeable<T extends Placeable<T>> {

  String postalCode();

  String country();

  Double latitude();

  /** The same record placed at its postal code's centroid. */
  T atPostalCode(double lat, double lon);
}
