package com.territoryplanner.platform.problem;

import java.util.List;

/** Thrown by services to answer with a problem detail; its message is shown to the caller. */
public class ApiProblem extends RuntimeException {

  private final int status;
  private final String slug;
  private final String title;
  private final transient List<Violation> violations;

  public ApiProblem(int status, String slug, String title, String detail, List<Violation> errors) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.violations = List.copyOf(errors);
  }

  public static ApiProblem notFound(String what, Object id) {
    return new ApiProblem(
        404, "not-found", "Not found", what + " " + id + " does not exist", List.of());
  }

  public static ApiProblem invalid(String detail, List<Violation> errors) {
    return new ApiProblem(400, "invalid-request", "Invalid request", detail, errors);
  }

  public static ApiProblem conflict(String slug, String detail) {
    return new ApiProblem(409, slug, "Conflict", detail, List.of());
  }

  /** The caller's copy (its If-Match) is not the current one: it must read again first. */
  public static ApiProblem preconditionFailed(String slug, String detail) {
    return new ApiProblem(412, slug, "Precondition failed", detail, List.of());
  }

  public Problem toProblem() {
    return new Problem(Problem.type(slug), title, status, getMessage(), violations);
  }
}
