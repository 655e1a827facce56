package com.territoryplanner.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem detail, the body of every error answer (documented by ProblemResponses). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type, String title, int status, String detail, List<Violation> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_PREFIX = "urn:territory-planner:problem:";

  public static String type(String slug) {
    return TYPE_PREFIX + slug;
  }
}
