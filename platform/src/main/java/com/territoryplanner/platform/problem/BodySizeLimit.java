package com.territoryplanner.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body declared larger than the service accepts is refused at once, as problem+json with 413,
 * before any of it is read (the HTTP server's own refusal has no body the client could parse).
 */
@ApplicationScoped
public class BodySizeLimit {

  void refuseOversizedBodies(
      @Observes Router router,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
      ObjectMapper json)
      throws JsonProcessingException {
    long maxBytes = limit.asLongValue();
    String problem =
        json.writeValueAsString(
            new Problem(
                Problem.type("payload-too-large"),
                "Payload too large",
                413,
                "The request body is larger than this service accepts (" + maxBytes + " bytes)",
                List.of()));
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            context -> {
              String length = context.request().getHeader("Content-Length");
              if (length != null && declaredLength(length) > maxBytes) {
                context
                    .response()
                    .setStatusCode(413)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(problem);
              } else {
                context.next();
              }
            });
  }

  private static long declaredLength(String header) {
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return -1; // the HTTP server refuses a malformed length itself
    }
  }
}
