package com.territoryplanner.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json).")
public record Problem(
    @Schema(description = "Stable URI naming the kind of problem.") String type,
    String title,
    int status,
    String detail,
    @Schema(description = "The fields or rows at fault, when there are any.")
        List<Violation> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_PREFIX = "urn:territory-planner:problem:";

  public static String type(String slug) {
    return TYPE_PREFIX + slug;
  }
}
