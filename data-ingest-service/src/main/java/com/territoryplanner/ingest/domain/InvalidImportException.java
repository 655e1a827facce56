package com.territoryplanner.ingest.domain;

import java.util.List;

/** The file as a whole cannot be imported (no header, missing columns, unknown profile). */
public class InvalidImportException extends RuntimeException {

  private final transient List<RowError> errors;

  public InvalidImportException(List<RowError> errors) {
    super(errors.get(0).reason());
    this.errors = errors;
  }

  static InvalidImportException of(String column, String reason) {
    return new InvalidImportException(List.of(new RowError(0, column, reason)));
  }

  public List<RowError> errors() {
    return errors;
  }
}
