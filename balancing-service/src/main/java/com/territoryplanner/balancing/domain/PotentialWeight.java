package com.territoryplanner.balancing.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Counts the potential of some accounts {@code weight} times in a plan: those of an industry (a
 * NAICS code prefix), a size tier, a segment (a prefix of the account's segment path, such as "All
 * / Northeast"), or of all that are given. The first rule that matches an account applies; the plan
 * then balances, and reports, weighted potential.
 */
public record PotentialWeight(
    @Size(max = 6) String naicsPrefix,
    @Size(max = 20) String sizeTier,
    @Size(max = 500) String segmentPrefix,
    @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10") Double weight) {

  public boolean matches(String naics, String accountSizeTier, String segment) {
    return (naicsPrefix == null || naics != null && naics.startsWith(naicsPrefix))
        && (sizeTier == null || sizeTier.equals(accountSizeTier))
        && (segmentPrefix == null || segment != null && segment.startsWith(segmentPrefix));
  }

  public boolean namesNothing() {
    return naicsPrefix == null && sizeTier == null && segmentPrefix == null;
  }
}
