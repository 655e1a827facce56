package com.territoryplanner.platform.messaging;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Whether the service is stopping: from then on a consumer's failure is the shutdown's (the
 * database pool and the entity manager close under it), never the event's, so nothing is
 * dead-lettered and the unacknowledged records come again at the next start.
 */
@ApplicationScoped
public class ShutdownWatch {

  private static volatile boolean stopping;

  void onStop(@Observes ShutdownEvent event) {
    stopping = true;
  }

  /** Whether this service has begun to stop. */
  public static boolean stopping() {
    return stopping;
  }
}
