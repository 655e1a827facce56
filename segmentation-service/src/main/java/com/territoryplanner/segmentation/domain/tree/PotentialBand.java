package com.territoryplanner.segmentation.domain.tree;

import java.math.BigDecimal;

/**
 * A potential band: at least {@code min} and less than {@code max}, either open; in the account's
 * own currency (no FX conversion).
 */
public record PotentialBand(BigDecimal min, BigDecimal max) implements Criterion {

  @Override
  public boolean matches(SegmentedAccount account) {
    BigDecimal potential = account.potential();
    return potential != null
        && (min == null || potential.compareTo(min) >= 0)
        && (max == null || potential.compareTo(max) < 0);
  }

  @Override
  public String describe() {
    if (max == null) {
      return "potential at least " + min.toPlainString();
    }
    return min == null
        ? "potential below " + max.toPlainString()
        : "potential from " + min.toPlainString() + " up to " + max.toPlainString();
  }

  @Override
  public String observed(SegmentedAccount account) {
    return account.potential() == null
        ? "no potential assessed"
        : "potential " + account.potential().toPlainString();
  }
}
