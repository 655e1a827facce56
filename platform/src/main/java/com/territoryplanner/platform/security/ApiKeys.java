package com.territoryplanner.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.util.List;
import java.util.Map;

/**
 * API keys for CRM integrations, by name: only the SHA-256 of each key is configured (outside the
 * repository: system properties or a mounted config file), with the roles it grants, e.g. {@code
 * territory.auth.api-keys.salesforce.sha256} and {@code territory.auth.api-keys.salesforce.roles}.
 */
@ConfigMapping(prefix = "territory.auth")
public interface ApiKeys {

  @WithName("api-keys")
  Map<String, ApiKey> keys();

  interface ApiKey {
    /** The key's SHA-256, hexadecimal. */
    String sha256();

    List<String> roles();
  }
}
