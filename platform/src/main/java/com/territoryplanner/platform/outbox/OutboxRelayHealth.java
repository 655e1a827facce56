package com.territoryplanner.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the outbox relay: down while its last attempt to publish failed (the broker away or
 * refusing), with the reason. Events wait in the outbox meanwhile; none is lost.
 */
@Readiness
@ApplicationScoped
class OutboxRelayHealth implements HealthCheck {

  private final OutboxRelay relay;

  OutboxRelayHealth(OutboxRelay relay) {
    this.relay = relay;
  }

  @Override
  public HealthCheckResponse call() {
    return relay
        .lastFailure()
        .map(
            failure ->
                HealthCheckResponse.named("outbox relay")
                    .down()
                    .withData("lastFailure", failure)
                    .build())
        .orElseGet(() -> HealthCheckResponse.up("outbox relay"));
  }
}
