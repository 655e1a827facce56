package com.territoryplanner.ingest.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One data row of any format, read by canonical column name (see {@link ColumnProfile}). Each typed
 * getter records a {@link RowError} instead of throwing, so a row reports every bad field at once.
 * The row keeps its original text for the rejects file.
 */
public final class SourceRow {

  private static final Pattern DATE_TIME =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?");

  private static final char NUL = '\u0000';

  private final long number;
  private final Map<String, Integer> header;
  private final List<String> names;
  private final List<String> values;
  private final String original;
  private final List<RowError> errors = new ArrayList<>();

  /**
   * @param header canonical column name to index in {@code values}
   * @param names the input's own name of each column, by index: errors name the column so
   * @param original the row as it stood in the input
   */
  public SourceRow(
      long number,
      Map<String, Integer> header,
      List<String> names,
      List<String> values,
      String original) {
    this.number = number;
    this.header = header;
    this.names = names;
    this.values = values;
    this.original = storable(original);
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) != null && values.get(i).indexOf(NUL) >= 0) {
        reject(i < names.size() ? names.get(i) : null, "contains a NUL character");
      }
    }
  }

  /** Whether the text is only ASCII digits, between min and max of them (a regex per row costs). */
  private static boolean digits(String text, int min, int max) {
    if (text.length() < min || text.length() > max) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The text as the database can keep it: PostgreSQL text cannot hold NUL, so a NUL in a row kept
   * for the rejects file (or in a header) is kept as U+FFFD, the replacement character.
   */
  public static String storable(String text) {
    return text == null ? null : text.replace(NUL, '\uFFFD');
  }

  /** A row whose fields could not be read at all. */
  public static SourceRow unreadable(long number, String original, String reason) {
    SourceRow row = new SourceRow(number, Map.of(), List.of(), List.of(), original);
    row.reject(null, reason);
    return row;
  }

  public long number() {
    return number;
  }

  public String original() {
    return original;
  }

  /** Whether the input has this column at all (blank or not). */
  public boolean has(String column) {
    return header.containsKey(column);
  }

  public List<RowError> errors() {
    return errors;
  }

  /** The trimmed text of a column, or null when the column is absent or blank. */
  public String text(String column) {
    Integer index = header.get(column);
    if (index == null || index >= values.size()) {
      return null;
    }
    String value = values.get(index).trim();
    return value.isEmpty() ? null : value;
  }

  public String required(String column, int maxLength) {
    String value = text(column);
    if (value == null) {
      reject(column, "is required");
    } else if (value.length() > maxLength) {
      reject(column, "is longer than " + maxLength + " characters");
      return null;
    }
    return value;
  }

  public String optional(String column, int maxLength) {
    String value = text(column);
    if (value != null && value.length() > maxLength) {
      reject(column, "is longer than " + maxLength + " characters");
      return null;
    }
    return value;
  }

  /** Rejects a lone {@code lat} or {@code lon}: coordinates come as a pair or not at all. */
  public void rejectLoneCoordinate() {
    if ((text("lat") == null) != (text("lon") == null)) {
      reject(text("lat") == null ? "lat" : "lon", "lat and lon come together or not at all");
    }
  }

  public Double decimalDegrees(String column, double limit) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      double degrees = Double.parseDouble(value);
      if (!Double.isFinite(degrees) || Math.abs(degrees) > limit) {
        reject(column, "must be between -" + (int) limit + " and " + (int) limit);
        return null;
      }
      return degrees;
    } catch (NumberFormatException e) {
      reject(column, "is not a number: '" + value + "'");
      return null;
    }
  }

  public Integer nonNegativeInteger(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      int number = Integer.parseInt(value);
      if (number < 0) {
        reject(column, "must not be negative");
        return null;
      }
      return number;
    } catch (NumberFormatException e) {
      reject(column, "is not a whole number: '" + value + "'");
      return null;
    }
  }

  public BigDecimal nonNegativeAmount(String column) {
    BigDecimal amount = amount(column);
    if (amount != null && amount.signum() < 0) {
      reject(column, "must not be negative");
      return null;
    }
    return amount;
  }

  /** An amount that may be negative, as credit notes and refunds are. */
  public BigDecimal amount(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      BigDecimal amount = new BigDecimal(value);
      if (amount.precision() - amount.scale() > 15 || amount.scale() > 4) {
        reject(column, "is outside the supported range (15 digits, 4 decimals)");
        return null;
      }
      return amount;
    } catch (NumberFormatException e) {
      reject(column, "is not an amount: '" + value + "'");
      return null;
    }
  }

  /** Rejects the row for each of these columns it leaves empty; typed getters read them after. */
  public void require(String... columns) {
    for (String column : columns) {
      if (text(column) == null) {
        reject(column, "is required");
      }
    }
  }

  public LocalDate date(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      if (DATE_TIME.matcher(value).matches()) {
        // a date-time names its day; the time of day does not matter to a close or create date
        return LocalDate.parse(value.substring(0, 10));
      }
    } catch (DateTimeParseException e) {
      // falls through to the rejection
    }
    reject(column, "is not a date in the form YYYY-MM-DD (a time may follow): '" + value + "'");
    return null;
  }

  public boolean flag(String column) {
    String value = text(column);
    if (value == null) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "y" -> true;
      case "false", "0", "no", "n" -> false;
      default -> {
        reject(column, "is not true or false: '" + value + "'");
        yield false;
      }
    };
  }

  public String country(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    String code = Countries.code(value);
    if (code == null) {
      reject(column, "is not a country (ISO 3166-1 code or English name): '" + value + "'");
    }
    return code;
  }

  public String currency(String column, String fallback) {
    String value = text(column);
    if (value == null) {
      return fallback;
    }
    try {
      return Currency.getInstance(value.toUpperCase(Locale.ROOT)).getCurrencyCode();
    } catch (IllegalArgumentException e) {
      reject(column, "is not an ISO 4217 currency code: '" + value + "'");
      return null;
    }
  }

  public String naics(String column) {
    String value = text(column);
    if (value != null && (!digits(value, 2, 6) || value.charAt(0) == '0')) {
      reject(column, "is not a NAICS code of 2 to 6 digits: '" + value + "'");
      return null;
    }
    return value;
  }

  public String sic(String column) {
    String value = text(column);
    if (value != null && !digits(value, 2, 4)) {
      reject(column, "is not a SIC code of 2 to 4 digits: '" + value + "'");
      return null;
    }
    return value;
  }

  /** A record of another source, written {@code source:id}. */
  public String sourceRef(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    SourceRef ref = SourceRef.parse(value);
    if (ref == null) {
      reject(column, "is not a record of another source, written source:id: '" + value + "'");
      return null;
    }
    return ref.toString();
  }

  /** Records an error on a canonical column, named as the input names it. */
  public void reject(String column, String reason) {
    Integer index = column == null ? null : header.get(column);
    String named = index == null || index >= names.size() ? column : names.get(index).trim();
    // reasons quote values and names come from the input: both as the database can keep them
    errors.add(new RowError(number, storable(named), storable(reason)));
  }
}
