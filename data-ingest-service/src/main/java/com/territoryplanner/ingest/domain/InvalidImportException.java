package com.territoryplanner.ingest.domain;

import java.util.List;

/** The file as a whole cannot be imported (no header, missing columns, not CSV). */
public class InvalidImportException extends RuntimeException {

  private final transient List<RowError> errors;

  public InvalidImportException(List<RowError> errors) {
    super(errors.get(0).reason());
    this.errors = errors;
  }

  public List<RowError> errors() {
    return errors;
  }
}
