package com.territoryplanner.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Authenticates a request by the key in its {@code X-Api-Key} header, for CRMs calling unattended.
 * A request without the header is left to the bearer token mechanism; one with an unknown key
 * fails.
 */
@ApplicationScoped
public class ApiKeyAuthentication implements HttpAuthenticationMechanism {

  public static final String HEADER = "X-Api-Key";

  /** A configured key: its digest and the identity it stands for, both made once. */
  private record KnownKey(byte[] sha256, SecurityIdentity identity) {}

  private final List<KnownKey> keys;

  ApiKeyAuthentication(ApiKeys configured) {
    // parsed once here: every request of a CRM or partner passes this mechanism
    keys =
        configured.keys().entrySet().stream()
            .map(
                key ->
                    new KnownKey(
                        HexFormat.of().parseHex(key.getValue().sha256().trim().toLowerCase()),
                        QuarkusSecurityIdentity.builder()
                            .setPrincipal(new QuarkusPrincipal("api-key:" + key.getKey()))
                            .addRoles(Roles.withImplied(key.getValue().roles()))
                            .build()))
            .toList();
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    String presented = context.request().getHeader(HEADER);
    if (presented == null) {
      return Uni.createFrom().nullItem();
    }
    byte[] digest = ApiKeyDigest.sha256(presented.trim());
    for (KnownKey key : keys) {
      // constant time, so that timing does not tell how much of a key matched
      if (MessageDigest.isEqual(digest, key.sha256())) {
        return Uni.createFrom().item(key.identity());
      }
    }
    return Uni.createFrom().failure(new AuthenticationFailedException("Unknown API key"));
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().nullItem();
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of();
  }
}
