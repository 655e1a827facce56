package com.territoryplanner.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

  private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

  private final VerifiedTokens tokens = new VerifiedTokens(Clock.fixed(NOW, ZoneOffset.UTC));
  private final QuarkusSecurityIdentity planner =
      QuarkusSecurityIdentity.builder()
          .setPrincipal(new QuarkusPrincipal("ada"))
          .addRole(Roles.PLANNER)
          .build();

  @Test
  void aTokenIsRememberedUntilItExpires() {
    tokens.remember("live", planner, NOW.getEpochSecond() + 60);
    tokens.remember("expired", planner, NOW.getEpochSecond());
    assertThat(tokens.find("live")).containsSame(planner);
    assertThat(tokens.find("expired")).isEmpty();
    assertThat(tokens.find("never-seen")).isEmpty();
  }

  @Test
  void theCacheStartsOverRatherThanGrowPastItsCapacity() {
    for (int i = 0; i < VerifiedTokens.CAPACITY; i++) {
      tokens.remember("t" + i, planner, NOW.getEpochSecond() + 60);
    }
    tokens.remember("one more", planner, NOW.getEpochSecond() + 60);
    assertThat(tokens.find("t0")).isEmpty();
    assertThat(tokens.find("one more")).isPresent();
  }
}
