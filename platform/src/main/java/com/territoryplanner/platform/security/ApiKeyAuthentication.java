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
import java.util.Map;
import java.util.Set;

/**
 * Authenticates a request by the key in its {@code X-Api-Key} header, for CRMs calling unattended.
 * A request without the header is left to the bearer token mechanism; one with an unknown key
 * fails.
 */
@ApplicationScoped
public class ApiKeyAuthentication implements HttpAuthenticationMechanism {

  public static final String HEADER = "X-Api-Key";

  private final ApiKeys keys;

  ApiKeyAuthentication(ApiKeys keys) {
    this.keys = keys;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    String presented = context.request().getHeader(HEADER);
    if (presented == null) {
      return Uni.createFrom().nullItem();
    }
    byte[] digest = ApiKeyDigest.sha256(presented.trim());
    for (Map.Entry<String, ApiKeys.ApiKey> key : keys.keys().entrySet()) {
      byte[] expected = HexFormat.of().parseHex(key.getValue().sha256().trim().toLowerCase());
      // constant time, so that timing does not tell how much of a key matched
      if (MessageDigest.isEqual(digest, expected)) {
        return Uni.createFrom()
            .item(
                QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal("api-key:" + key.getKey()))
                    .addRoles(Roles.withImplied(key.getValue().roles()))
                    .build());
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
