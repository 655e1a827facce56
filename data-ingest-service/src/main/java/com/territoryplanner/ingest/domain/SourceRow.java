package com.territoryplanner.ingest.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One data row, read by column name. Each typed getter records a {@link RowError} instead of
 * throwing, so a row reports every bad field at once.
 */
public final class CsvRow {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final long number;
  private final Map<String, Integer> header;
  private final List<String> values;
  private final List<RowError> errors = new ArrayList<>();

  public CsvRow(long number, Map<String, Integer> header, List<String> values) {
    this.number = number;
    this.header = header;
    this.values = values;
    if (values.size() != header.size()) {
      errors.add(
          new RowError(
              number,
              null,
              "has " + values.size() + " fields where the header has " + header.size()));
    }
  }

  /** A row whose fields could not be read at all. */
  public static CsvRow unreadable(long number, String reason) {
    CsvRow row = new CsvRow(number, Map.of(), List.of());
    row.reject(null, reason);
    return row;
  }

  public long number() {
    return number;
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
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      BigDecimal amount = new BigDecimal(value);
      if (amount.signum() < 0) {
        reject(column, "must not be negative");
        return null;
      }
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

  public LocalDate date(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      reject(column, "is not a date in the form YYYY-MM-DD: '" + value + "'");
      return null;
    }
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
    String code = value.toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(code)) {
      reject(column, "is not an ISO 3166-1 alpha-2 country code: '" + value + "'");
      return null;
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
    if (value != null && !value.matches("[1-9][0-9]{1,5}")) {
      reject(column, "is not a NAICS code of 2 to 6 digits: '" + value + "'");
      return null;
    }
    return value;
  }

  public void reject(String column, String reason) {
    errors.add(new RowError(number, column, reason));
  }
}
