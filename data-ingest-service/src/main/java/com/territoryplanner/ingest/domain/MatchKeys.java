package com.territoryplanner.ingest.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The keys entity resolution compares: an account's web domain, and its name made comparable (case,
 * accents, punctuation and legal forms dropped) together with its country and postal code. Two
 * records from different systems rarely share spelling; they do share these.
 */
public final class MatchKeys {

  /** Legal forms and articles that CRMs and ERPs append or omit at will. */
  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "inc",
          "incorporated",
          "llc",
          "llp",
          "lp",
          "ltd",
          "limited",
          "corp",
          "corporation",
          "co",
          "company",
          "plc",
          "gmbh",
          "ag",
          "kg",
          "sa",
          "sas",
          "sarl",
          "srl",
          "spa",
          "bv",
          "nv",
          "ab",
          "oy",
          "as",
          "pty",
          "pte");

  private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private MatchKeys() {}

  /** {@code https://www.Acme.com/about} and {@code acme.com} give {@code acme.com}. */
  public static String webDomain(String website) {
    if (website == null) {
      return null;
    }
    String domain = SCHEME.matcher(website.trim().toLowerCase(Locale.ROOT)).replaceFirst("");
    int end = 0;
    while (end < domain.length() && "/:?#".indexOf(domain.charAt(end)) < 0) {
      end++;
    }
    domain = domain.substring(0, end);
    if (domain.startsWith("www.")) {
      domain = domain.substring(4);
    }
    return domain.isEmpty() || domain.indexOf('.') < 0 ? null : domain;
  }

  /**
   * {@code The Acme Company, Inc.} in DE 10115 gives {@code acme|DE|10115}; null without a postal
   * code, since a name alone is too weak to link two records.
   */
  public static String nameKey(String name, String country, String postalCode) {
    if (name == null || postalCode == null || postalCode.isBlank()) {
      return null;
    }
    String plain =
        MARKS
            .matcher(Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
            .replaceAll("");
    String[] words = NOT_ALPHANUMERIC.matcher(plain).replaceAll(" ").trim().split(" ");
    int first = words.length > 1 && words[0].equals("the") ? 1 : 0;
    int last = words.length;
    while (last - 1 > first && LEGAL_FORMS.contains(words[last - 1])) {
      last--;
    }
    String normalised = String.join(" ", Arrays.copyOfRange(words, first, last));
    if (normalised.isEmpty()) {
      return null;
    }
    return normalised
        + "|"
        + (country == null ? "" : country)
        + "|"
        + PostalCodes.normalise(country, postalCode);
  }
}
