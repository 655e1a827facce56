package com.territoryplanner.segmentation.domain.tree;

import java.math.BigDecimal;
import java.util.Set;

/** Accounts for the segment-model tests, each differing from a plain one in what a test needs. */
final class Accounts {

  private Accounts() {}

  static SegmentedAccount at(double latitude, double longitude) {
    return new SegmentedAccount(
        "a", "US", "02110", latitude, longitude, null, null, null, null, null, Set.of());
  }

  static SegmentedAccount unplaced() {
    return new SegmentedAccount(
        "a", "US", null, null, null, null, null, null, null, null, Set.of());
  }

  static SegmentedAccount inPostalCode(String country, String postalCode) {
    return new SegmentedAccount(
        "a", country, postalCode, null, null, null, null, null, null, null, Set.of());
  }

  static SegmentedAccount inIndustry(String naics, String sic) {
    return new SegmentedAccount(
        "a", "US", null, null, null, naics, sic, null, null, null, Set.of());
  }

  static SegmentedAccount sized(Integer employees, String annualRevenue) {
    return new SegmentedAccount(
        "a",
        "US",
        null,
        null,
        null,
        null,
        null,
        employees,
        annualRevenue == null ? null : new BigDecimal(annualRevenue),
        null,
        Set.of());
  }

  static SegmentedAccount owning(String... productLines) {
    return new SegmentedAccount(
        "a", "US", null, null, null, null, null, null, null, null, Set.of(productLines));
  }

  static SegmentedAccount withPotential(String potential) {
    return new SegmentedAccount(
        "a",
        "US",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        potential == null ? null : new BigDecimal(potential),
        Set.of());
  }
}
