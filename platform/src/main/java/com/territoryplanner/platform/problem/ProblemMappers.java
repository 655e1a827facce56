package com.territoryplanner.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.territoryplanner.platform.persistence.DatabaseFailures;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become answers. Every error is problem+json; messages of
 * unexpected exceptions, stack traces and class names never reach the caller.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response apiProblem(ApiProblem problem) {
    return answer(problem.toProblem());
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException exception) {
    List<Violation> errors =
        exception.getConstraintViolations().stream()
            .map(v -> Violation.field(fieldName(v), v.getMessage()))
            .sorted(
                (a, b) -> a.field().compareTo(b.field()) != 0 ? a.field().compareTo(b.field()) : 0)
            .toList();
    return answer(
        new Problem(
            Problem.type("invalid-request"),
            "Invalid request",
            400,
            "The request has " + errors.size() + " invalid field(s)",
            errors));
  }

  @ServerExceptionMapper
  public Response invalidQueryParameter(InvalidQueryParameter invalid) {
    return apiProblem(
        ApiProblem.invalid("The request has 1 invalid field(s)", List.of(invalid.violation())));
  }

  @ServerExceptionMapper
  public Response unreadableJson(JsonProcessingException exception) {
    String field = exception instanceof JsonMappingException mapping ? path(mapping) : null;
    String where =
        exception.getLocation() == null
            ? ""
            : " at line "
                + exception.getLocation().getLineNr()
                + ", column "
                + exception.getLocation().getColumnNr();
    List<Violation> errors =
        field == null || field.isEmpty()
            ? List.of()
            : List.of(Violation.field(field, "missing, of the wrong type or badly formatted"));
    return answer(
        new Problem(
            Problem.type("malformed-json"),
            "Malformed JSON",
            400,
            "The request body is not the JSON this endpoint expects" + where,
            errors));
  }

  /**
   * A value of the wrong type or form: named here, since Quarkus's own mapper for this subtype
   * would otherwise answer in place of {@link #unreadableJson}, and not as problem+json.
   */
  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException exception) {
    return unreadableJson(exception);
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(exception);
    }
    Response.StatusType reason = Response.Status.fromStatusCode(status);
    String title = reason == null ? "Request rejected" : reason.getReasonPhrase();
    return answer(
        new Problem(
            Problem.type(title.toLowerCase().replace(' ', '-')),
            title,
            status,
            detailFor(status),
            List.of()));
  }

  /** No credentials, or credentials that do not hold: a bearer token or an API key is needed. */
  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthenticated(RuntimeException exception) {
    Response answer =
        answer(
            new Problem(
                Problem.type("unauthenticated"),
                "Unauthenticated",
                401,
                "Send a valid bearer token (Authorization: Bearer ...) or API key (X-Api-Key)",
                List.of()));
    return Response.fromResponse(answer).header("WWW-Authenticate", "Bearer").build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException exception) {
    return answer(
        new Problem(
            Problem.type("forbidden"),
            "Forbidden",
            403,
            "Your role does not allow this request",
            List.of()));
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable exception) {
    if (DatabaseFailures.unavailable(exception)) {
      LOG.warnf("Database unavailable: %s", exception.getMessage());
      return Response.fromResponse(
              answer(
                  new Problem(
                      Problem.type("database-unavailable"),
                      "Database unavailable",
                      503,
                      "The database is unavailable or restarting and the request's transaction"
                          + " was not completed; retry it (imports and pushes are idempotent)",
                      List.of())))
          .header("Retry-After", "5")
          .build();
    }
    String reference = UUID.randomUUID().toString();
    LOG.errorf(exception, "Unexpected error, reference %s", reference);
    return answer(
        new Problem(
            Problem.type("internal-error"),
            "Internal error",
            500,
            "The request could not be completed; quote reference " + reference,
            List.of()));
  }

  private static Response answer(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  private static String detailFor(int status) {
    return switch (status) {
      case 404 -> "No resource at this address";
      case 405 -> "This method is not allowed on this resource";
      case 406 -> "This resource cannot answer in the requested media type";
      case 413 -> "The request body is too large";
      case 415 -> "This resource does not accept the request's Content-Type";
      default -> "The request was rejected";
    };
  }

  private static String fieldName(ConstraintViolation<?> violation) {
    // Paths look like "create.request.name": drop the method and parameter names.
    String path = violation.getPropertyPath().toString();
    String[] parts = path.split("\\.", 3);
    return parts.length == 3 ? parts[2] : parts[parts.length - 1];
  }

  private static String path(JsonMappingException exception) {
    return exception.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }
}
