package com.territoryplanner.ingest.domain;

import java.util.Locale;

/**
 * Postal codes as CRMs hold them, made comparable: upper case without spaces, and US ZIP codes as
 * five digits, since spreadsheets drop leading zeros (2139 for 02139) and exports add the ZIP+4
 * suffix (02139-4307).
 */
public final class PostalCodes {

  private PostalCodes() {}

  public static String normalise(String country, String postalCode) {
    String code = postalCode.trim().toUpperCase(Locale.ROOT).replace(" ", "");
    if ("US".equals(country) && code.matches("\\d{3,5}(-\\d{4})?")) {
      String zip = code.split("-")[0];
      return "0".repeat(5 - zip.length()) + zip;
    }
    return code;
  }

  static String key(String country, String postalCode) {
    return country + ":" + normalise(country, postalCode);
  }
}
