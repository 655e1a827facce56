package com.territoryplanner.segmentation.domain.tree;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Countries: the account's ISO 3166 country code is one of these. */
public record Countries(Set<String> codes) implements Criterion {

  public Countries {
    codes = Set.copyOf(codes);
  }

  @Override
  public boolean matches(SegmentedAccount account) {
    return account.country() != null && codes.contains(account.country().toUpperCase(Locale.ROOT));
  }

  @Override
  public String describe() {
    return "country " + String.join(" or ", new TreeSet<>(codes));
  }

  @Override
  public String observed(SegmentedAccount account) {
    return account.country() == null ? "no country" : "country " + account.country();
  }
}
