package com.territoryplanner.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Places records (accounts, leads) without coordinates at their postal code's centroid. The country
 * decides which reference entry applies; a record without a country is placed only when exactly one
 * country has its postal code. Counts what it placed and what it could not.
 */
public final class Geocoding {

  private long geocoded;
  private long notGeocoded;

  /** The postal codes (normalised) of the records that need placing, for the reference lookup. */
  public static List<String> postalCodesToLookUp(List<? extends Placeable<?>> records) {
    return records.stream()
        .filter(a -> a.latitude() == null && a.postalCode() != null)
        .map(a -> PostalCodes.normalise(a.country(), a.postalCode()))
        .distinct()
        .toList();
  }

  /**
   * @param reference the reference entries of the looked-up codes, by normalised postal code
   */
  public <T extends Placeable<T>> List<T> place(
      List<T> records, Map<String, List<PostalCodeRecord>> reference) {
    List<T> placed = new ArrayList<>(records.size());
    for (T account : records) {
      if (account.latitude() != null) {
        placed.add(account);
        continue;
      }
      PostalCodeRecord centroid = centroid(account, reference);
      if (centroid == null) {
        notGeocoded++;
        placed.add(account);
      } else {
        geocoded++;
        placed.add(account.atPostalCode(centroid.latitude(), centroid.longitude()));
      }
    }
    return placed;
  }

  private static PostalCodeRecord centroid(
      Placeable<?> account, Map<String, List<PostalCodeRecord>> reference) {
    if (account.postalCode() == null) {
      return null;
    }
    List<PostalCodeRecord> entries =
        reference.getOrDefault(
            PostalCodes.normalise(account.country(), account.postalCode()), List.of());
    if (account.country() == null) {
      return entries.size() == 1 ? entries.get(0) : null;
    }
    return entries.stream()
        .filter(entry -> entry.country().equals(account.country()))
        .findFirst()
        .orElse(null);
  }

  public long geocoded() {
    return geocoded;
  }

  public long notGeocoded() {
    return notGeocoded;
  }
}
