package com.territoryplanner.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with the input: the row (1-based data row of an uploaded file, when the input is
 * a file), the field or column, and why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Violation(Long row, String field, String reason) {

  public static Violation field(String field, String reason) {
    return new Violation(null, field, reason);
  }
}
