package com.territoryplanner.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A signing key of one's own, for where no identity provider is: the local launcher and the tests.
 * It issues RS256 bearer tokens that the services verify with {@link #publicKey()} as their {@code
 * mp.jwt.verify.publickey}; the private key never leaves this object.
 */
public final class LocalTokens {

  public static final String ISSUER = "territory-planner-local";

  private final KeyPair keys;

  public LocalTokens() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      keys = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every JVM has RSA", e);
    }
  }

  /** The public key, base64 DER, as {@code mp.jwt.verify.publickey} takes it. */
  public String publicKey() {
    return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
  }

  /** A token for {@code subject} with {@code roles} as its groups, valid for {@code lifetime}. */
  public String token(String subject, Collection<String> roles, Duration lifetime) {
    Instant now = Instant.now();
    String groups =
        roles.stream().map(role -> "\"" + role + "\"").collect(Collectors.joining(",", "[", "]"));
    String claims =
        String.format(
            "{\"iss\":\"%s\",\"sub\":\"%s\",\"upn\":\"%s\",\"groups\":%s,\"iat\":%d,\"exp\":%d,"
                + "\"jti\":\"%s\"}",
            ISSUER,
            subject,
            subject,
            groups,
            now.getEpochSecond(),
            now.plus(lifetime).getEpochSecond(),
            UUID.randomUUID());
    String signed = part("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + part(claims);
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(keys.getPrivate());
      signature.update(signed.getBytes(StandardCharsets.US_ASCII));
      return signed
          + "."
          + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not sign a token", e);
    }
  }

  private static String part(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
