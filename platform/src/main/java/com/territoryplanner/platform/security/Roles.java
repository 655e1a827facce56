package com.territoryplanner.platform.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The roles every endpoint is mapped to. A viewer reads; a planner reads and changes plans, models,
 * quotas and reviews; an integration (a CRM, a partner) reads, pushes and imports data; an admin
 * may do everything. Higher roles imply lower ones ({@link #impliedBy}), so an endpoint names the
 * least role it needs.
 */
public final class Roles {

  public static final String VIEWER = "viewer";
  public static final String PLANNER = "planner";
  public static final String INTEGRATION = "integration";
  public static final String ADMIN = "admin";

  private Roles() {}

  /** The roles given and every role they imply. */
  public static Set<String> withImplied(Collection<String> roles) {
    Set<String> all = new HashSet<>(roles);
    roles.forEach(role -> all.addAll(impliedBy(role)));
    return Set.copyOf(all);
  }

  /** The roles a role grants besides itself. */
  public static Set<String> impliedBy(String role) {
    return switch (role) {
      case ADMIN -> Set.of(PLANNER, INTEGRATION, VIEWER);
      case PLANNER, INTEGRATION -> Set.of(VIEWER);
      default -> Set.of();
    };
  }
}
