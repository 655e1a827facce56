package com.territoryplanner.segmentation.domain.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A list of postal codes; an entry ending in {@code *} is a prefix ({@code 021*}). Codes compare
 * without spaces and case ({@code sw1a 1aa} is {@code SW1A1AA}). Combine with {@link Countries}
 * where codes of two countries could collide.
 */
public record PostalCodes(Set<String> codes, List<String> prefixes) implements Criterion {

  public static PostalCodes of(List<String> entries) {
    Set<String> exact =
        entries.stream()
            .filter(entry -> !entry.endsWith("*"))
            .map(PostalCodes::normalise)
            .collect(Collectors.toUnmodifiableSet());
    List<String> prefixes =
        entries.stream()
            .filter(entry -> entry.endsWith("*"))
            .map(entry -> normalise(entry.substring(0, entry.length() - 1)))
            .toList();
    return new PostalCodes(exact, prefixes);
  }

  @Override
  public boolean matches(SegmentedAccount account) {
    if (account.postalCode() == null) {
      return false;
    }
    String code = normalise(account.postalCode());
    return codes.contains(code) || prefixes.stream().anyMatch(code::startsWith);
  }

  @Override
  public String describe() {
    List<String> entries = new ArrayList<>(new TreeSet<>(codes));
    prefixes.forEach(prefix -> entries.add(prefix + "*"));
    return "postal code in "
        + (entries.size() <= 5
            ? String.join(", ", entries)
            : codes.size() + " postal codes and " + prefixes.size() + " prefixes");
  }

  @Override
  public String observed(SegmentedAccount account) {
    return account.postalCode() == null ? "no postal code" : "postal code " + account.postalCode();
  }

  private static String normalise(String code) {
    return code.replace(" ", "").toUpperCase(Locale.ROOT);
  }
}
