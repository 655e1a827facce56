package com.territoryplanner.segmentation.domain.tree;

import java.util.Set;
import java.util.TreeSet;

/**
 * Product lines: the account bought at least one of them in the last 24 months ({@code owns}), or
 * none of them ({@code lacks}: the white space to sell into).
 */
public record ProductLines(Set<String> lines, boolean owns) implements Criterion {

  public ProductLines {
    lines = Set.copyOf(lines);
  }

  @Override
  public boolean matches(SegmentedAccount account) {
    boolean ownsAny = account.productLines().stream().anyMatch(lines::contains);
    return owns == ownsAny;
  }

  @Override
  public String describe() {
    return (owns ? "bought any of " : "bought none of ") + String.join(", ", new TreeSet<>(lines));
  }

  @Override
  public String observed(SegmentedAccount account) {
    return account.productLines().isEmpty()
        ? "bought no product line"
        : "bought " + String.join(", ", new TreeSet<>(account.productLines()));
  }
}
