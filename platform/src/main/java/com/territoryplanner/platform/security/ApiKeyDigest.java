package com.territoryplanner.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The form in which API keys are configured: their SHA-256, so that a configuration leak gives away
 * no key. Plain JDK, for the launcher, which configures the keys it generates.
 */
public final class ApiKeyDigest {

  private ApiKeyDigest() {}

  public static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }

  /**
   * The hexadecimal SHA-256 of a key, as {@code territory.auth.api-keys.<name>.sha256} takes it.
   */
  public static String sha256Hex(String key) {
    return HexFormat.of().formatHex(sha256(key));
  }
}
