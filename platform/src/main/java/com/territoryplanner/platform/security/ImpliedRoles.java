package com.territoryplanner.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;

/**
 * Adds the roles a bearer token's roles imply: an admin is also a planner, and so on. (API keys
 * carry their implied roles from the start: identities built by a mechanism pass no augmentor.)
 */
@ApplicationScoped
public class ImpliedRoles implements SecurityIdentityAugmentor {

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous()) {
      return Uni.createFrom().item(identity);
    }
    Set<String> implied = new HashSet<>(Roles.withImplied(identity.getRoles()));
    implied.removeAll(identity.getRoles());
    if (implied.isEmpty()) {
      return Uni.createFrom().item(identity);
    }
    return Uni.createFrom()
        .item(QuarkusSecurityIdentity.builder(identity).addRoles(implied).build());
  }
}
