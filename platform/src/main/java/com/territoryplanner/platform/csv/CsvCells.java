package com.territoryplanner.platform.csv;

/** Cells of CSV files the suite writes (RFC 4180: comma-separated, quoted where needed). */
public final class CsvCells {

  private CsvCells() {}

  /** The value as one field, quoted when it holds a comma, a quote or a line break. */
  public static String field(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  /**
   * Like {@link #field}, for files people open in a spreadsheet: a value that starts like a formula
   * ({@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so that a spreadsheet
   * shows it as text instead of running it (OWASP's advice on CSV injection).
   */
  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return field(formula ? "'" + value : value);
  }
}
