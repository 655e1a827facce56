package com.territoryplanner.platform.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A query parameter that cannot be read as its type. A WebApplicationException, since only those
 * leave a parameter converter as they are; {@link ProblemMappers} answers it as a 400 naming the
 * parameter.
 */
public class InvalidQueryParameter extends BadRequestException {

  private final transient Violation violation;

  public InvalidQueryParameter(String name, String reason) {
    super(name + " " + reason);
    this.violation = Violation.field(name, reason);
  }

  public Violation violation() {
    return violation;
  }
}
