package com.territoryplanner.ingest.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names as CRMs export them, to ISO 3166-1 alpha-2: Salesforce billing countries and
 * HubSpot's "Country/Region" hold free text ("United States", "USA", "US"), so the alpha-2 and
 * alpha-3 codes and the English names are all accepted.
 */
final class Countries {

  private static final Map<String, String> CODES = new HashMap<>();

  static {
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      CODES.put(code, code);
      CODES.put(country.getISO3Country(), code);
      CODES.put(normalise(country.getDisplayCountry(Locale.ENGLISH)), code);
    }
    // common names that differ from the JDK's English display names
    CODES.put("UK", "GB");
    CODES.put("GREATBRITAIN", "GB");
    CODES.put("UNITEDSTATESOFAMERICA", "US");
    CODES.put("SOUTHKOREA", "KR");
    CODES.put("RUSSIA", "RU");
  }

  private Countries() {}

  /** The alpha-2 code, or null when the text names no country. */
  static String code(String text) {
    // most exports give the code itself, already as the table is keyed
    String code = CODES.get(text);
    return code != null ? code : CODES.get(normalise(text));
  }

  /** Upper-case letters only: "United States" and "UNITED-STATES" name the same country. */
  private static String normalise(String text) {
    StringBuilder letters = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toUpperCase(text.charAt(i));
      if (c >= 'A' && c <= 'Z') {
        letters.append(c);
      }
    }
    return letters.toString();
  }
}
