package com.territoryplanner.balancing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One territory of a plan with its metrics from the latest stored solution (zero before the first
 * solve), and its rep's capacity in this plan. {@code shareOfTarget} is potential / target
 * potential; with potential weights, potentials are weighted. While another rep covers the
 * territory, {@code coverage} names them; its accounts are theirs until the coverage ends.
 */
public record TerritoryView(
    UUID id,
    String name,
    UUID repId,
    String repName,
    double capacity,
    BigDecimal targetPotential,
    BigDecimal potential,
    int accountCount,
    int unitCount,
    Double shareOfTarget,
    Coverage coverage) {

  /** Another rep owning the territory's accounts for now; {@code until} is only expected. */
  public record Coverage(UUID repId, String repName, LocalDate since, LocalDate until) {}
}
