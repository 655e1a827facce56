package com.territoryplanner.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Adds the roles a bearer token's roles imply: an admin is also a planner, and so on, and remembers
 * the verified token. (API keys and remembered tokens carry their implied roles from the start:
 * identities built by a mechanism pass no augmentor.)
 */
@ApplicationScoped
public class ImpliedRoles implements SecurityIdentityAugmentor {

  private final VerifiedTokens verified;

  ImpliedRoles(VerifiedTokens verified) {
    this.verified = verified;
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous()) {
      return Uni.createFrom().item(identity);
    }
    Set<String> implied = new HashSet<>(Roles.withImplied(identity.getRoles()));
    implied.removeAll(identity.getRoles());
    SecurityIdentity complete =
        implied.isEmpty()
            ? identity
            : QuarkusSecurityIdentity.builder(identity).addRoles(implied).build();
    // a verified token: its next requests skip the verification (RememberedBearerAuthentication)
    if (identity.getPrincipal() instanceof JsonWebToken token && token.getRawToken() != null) {
      verified.remember(token.getRawToken(), complete, token.getExpirationTime());
    }
    return Uni.createFrom().item(complete);
  }
}
