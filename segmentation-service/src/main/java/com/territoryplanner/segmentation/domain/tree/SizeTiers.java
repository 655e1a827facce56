package com.territoryplanner.segmentation.domain.tree;

import java.util.Set;
import java.util.TreeSet;

/** Size tiers: the account's band, by the model's size bands, is one of these. */
public record SizeTiers(SizeBands bands, Set<String> tiers) implements Criterion {

  public SizeTiers {
    tiers = Set.copyOf(tiers);
  }

  @Override
  public boolean matches(SegmentedAccount account) {
    return tiers.contains(tierOf(account));
  }

  @Override
  public String describe() {
    return "size tier " + String.join(" or ", new TreeSet<>(tiers));
  }

  @Override
  public String observed(SegmentedAccount account) {
    return "size tier "
        + tierOf(account)
        + " ("
        + (account.employees() == null ? "no" : account.employees())
        + " employees, annual revenue "
        + (account.annualRevenue() == null ? "unknown" : account.annualRevenue().toPlainString())
        + ")";
  }

  private String tierOf(SegmentedAccount account) {
    return bands.bandOf(account.employees(), account.annualRevenue());
  }
}
