package com.territoryplanner.testsupport;

import com.territoryplanner.platform.security.ApiKeyDigest;
import com.territoryplanner.platform.security.LocalTokens;
import com.territoryplanner.platform.security.Roles;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who the tests are: bearer tokens signed with a key made for this JVM, and an integration's API
 * key. Nothing here is a secret of any real system.
 */
public final class TestIdentities {

  private static final LocalTokens TOKENS = new LocalTokens();
  private static final String INTEGRATION_KEY = UUID.randomUUID().toString();

  private static boolean adminByDefault;

  private TestIdentities() {}

  /** What a service needs to trust these identities. */
  public static Map<String, String> serviceConfig() {
    return Map.of(
        "mp.jwt.verify.publickey",
        TOKENS.publicKey(),
        "territory.auth.api-keys.test-crm.sha256",
        ApiKeyDigest.sha256Hex(INTEGRATION_KEY),
        "territory.auth.api-keys.test-crm.roles",
        Roles.INTEGRATION);
  }

  /** A valid token for someone with {@code roles}. */
  public static String token(String... roles) {
    return TOKENS.token("test-" + String.join("-", roles), List.of(roles), Duration.ofHours(1));
  }

  /** A token that expired a minute ago. */
  public static String expiredToken(String... roles) {
    return TOKENS.token("test-expired", List.of(roles), Duration.ofMinutes(-1));
  }

  /** The test CRM's API key, which grants the integration role. */
  public static String integrationApiKey() {
    return INTEGRATION_KEY;
  }
}
