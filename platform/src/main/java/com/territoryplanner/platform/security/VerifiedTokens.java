package com.territoryplanner.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens already verified, with the identity each stands for, until they expire. Verifying a
 * token's signature costs more than answering an owner lookup; the same token verifies the same way
 * until it expires, so a client's later requests skip it.
 */
@ApplicationScoped
public class VerifiedTokens {

  /** Tokens remembered at most; beyond, the cache starts over rather than grow. */
  static final int CAPACITY = 10_000;

  private record Verified(SecurityIdentity identity, long expiresAtSecond) {}

  private final Map<String, Verified> tokens = new ConcurrentHashMap<>();
  private final Clock clock;

  VerifiedTokens() {
    this(Clock.systemUTC());
  }

  VerifiedTokens(Clock clock) {
    this.clock = clock;
  }

  public Optional<SecurityIdentity> find(String token) {
    Verified verified = tokens.get(token);
    if (verified == null) {
      return Optional.empty();
    }
    if (verified.expiresAtSecond() <= clock.instant().getEpochSecond()) {
      tokens.remove(token);
      return Optional.empty();
    }
    return Optional.of(verified.identity());
  }

  public void remember(String token, SecurityIdentity identity, long expiresAtSecond) {
    if (tokens.size() >= CAPACITY) {
      tokens.clear();
    }
    tokens.put(token, new Verified(identity, expiresAtSecond));
  }
}
