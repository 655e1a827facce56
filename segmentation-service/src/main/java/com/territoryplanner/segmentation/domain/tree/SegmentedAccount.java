package com.territoryplanner.segmentation.domain.tree;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What a segment model's criteria look at: an account, or the average company of a market cell
 * (which has no id, location or product lines). Every field but productLines may be missing.
 */
public record SegmentedAccount(
    String accountId,
    String country,
    String postalCode,
    Double latitude,
    Double longitude,
    String naics,
    String sic,
    Integer employees,
    BigDecimal annualRevenue,
    BigDecimal potential,
    Set<String> productLines) {

  public SegmentedAccount {
    productLines = productLines == null ? Set.of() : productLines;
  }

  public boolean isPlaced() {
    return latitude != null && longitude != null;
  }

  public SegmentedAccount withProductLines(Set<String> lines) {
    return new SegmentedAccount(
        accountId,
        country,
        postalCode,
        latitude,
        longitude,
        naics,
        sic,
        employees,
        annualRevenue,
        potential,
        lines);
  }
}
