package com.territoryplanner.balancing.rest;

import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import java.util.List;

/** The plan version a client sends in If-Match: the ETag it read ("7", or W/"7"); * for any. */
final class IfMatch {

  static final String HEADER = "If-Match";

  private IfMatch() {}

  /** The expected version, or null when the client sets no condition. */
  static Long version(String header) {
    if (header == null || header.isBlank() || header.trim().equals("*")) {
      return null;
    }
    String tag = header.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    try {
      return Long.parseLong(tag.replace("\"", "").trim());
    } catch (NumberFormatException e) {
      throw ApiProblem.invalid(
          "The precondition is invalid",
          List.of(Violation.field(HEADER, "is not a plan version this API gave out")));
    }
  }
}
