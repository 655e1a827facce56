package com.territoryplanner.platform.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Answers a bearer token verified before (and not yet expired) with its identity; any other request
 * goes on to the token verification of smallrye-jwt, which runs after this one.
 */
@ApplicationScoped
public class RememberedBearerAuthentication implements HttpAuthenticationMechanism {

  private static final String BEARER = "Bearer ";

  private final VerifiedTokens verified;

  RememberedBearerAuthentication(VerifiedTokens verified) {
    this.verified = verified;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    String authorization = context.request().getHeader("Authorization");
    if (authorization == null || !authorization.startsWith(BEARER)) {
      return Uni.createFrom().nullItem();
    }
    return Uni.createFrom()
        .item(verified.find(authorization.substring(BEARER.length()).trim()).orElse(null));
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().nullItem();
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of();
  }

  /** Before smallrye-jwt's mechanism, which has the default priority. */
  @Override
  public int getPriority() {
    return DEFAULT_PRIORITY + 1;
  }
}
