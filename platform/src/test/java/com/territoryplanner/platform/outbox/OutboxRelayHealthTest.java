package com.territoryplanner.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutboxRelayHealthTest {

  /** A database that refuses every connection, as one that is down does. */
  private static final DataSource DOWN =
      (DataSource)
          Proxy.newProxyInstance(
              OutboxRelayHealthTest.class.getClassLoader(),
              new Class<?>[] {DataSource.class},
              (proxy, method, arguments) -> {
                throw new SQLException("Connection to localhost:5432 refused", "08001");
              });

  private final OutboxRelay relay = new OutboxRelay(DOWN, new Settings());

  @AfterEach
  void close() {
    relay.close();
  }

  @Test
  void aRelayThatHasNotFailedIsReady() {
    assertThat(new OutboxRelayHealth(relay).call().getStatus())
        .isEqualTo(HealthCheckResponse.Status.UP);
  }

  @Test
  void aRelayWhoseLastAttemptFailedIsNotReadyAndSaysWhy() {
    relay.drain();

    HealthCheckResponse health = new OutboxRelayHealth(relay).call();

    assertThat(health.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(health.getData()).isPresent();
    assertThat(health.getData().get().get("lastFailure").toString()).contains("refused");
  }

  private static final class Settings implements OutboxConfig {
    @Override
    public String bootstrapServers() {
      return "localhost:1";
    }

    @Override
    public int batchSize() {
      return 10;
    }

    @Override
    public Duration pollInterval() {
      return Duration.ofSeconds(1);
    }

    @Override
    public Duration sendTimeout() {
      return Duration.ofSeconds(1);
    }
  }
}
