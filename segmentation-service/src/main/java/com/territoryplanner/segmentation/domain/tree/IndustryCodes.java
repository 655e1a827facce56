package com.territoryplanner.segmentation.domain.tree;

import java.util.List;

/** An industry: the account's NAICS or SIC code starts with one of the prefixes. */
public record IndustryCodes(Scheme scheme, List<String> prefixes) implements Criterion {

  public enum Scheme {
    NAICS,
    SIC
  }

  public IndustryCodes {
    prefixes = List.copyOf(prefixes);
  }

  @Override
  public boolean matches(SegmentedAccount account) {
    String code = code(account);
    return code != null && prefixes.stream().anyMatch(code::startsWith);
  }

  @Override
  public String describe() {
    return scheme + " starts with " + String.join(" or ", prefixes);
  }

  @Override
  public String observed(SegmentedAccount account) {
    String code = code(account);
    return code == null ? "no " + scheme + " code" : scheme + " " + code;
  }

  private String code(SegmentedAccount account) {
    return scheme == Scheme.NAICS ? account.naics() : account.sic();
  }
}
