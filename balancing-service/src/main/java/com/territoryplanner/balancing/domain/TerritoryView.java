package com.territoryplanner.balancing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One territory of a plan with its metrics from the latest stored solution (zero before the first
 * solve). {@code shareOfTarget} is potential / target potential. While another rep covers the
 * territory, {@code coverage} names them; its accounts are theirs until the coverage ends.
 */
public record TerritoryView(
    UUID id,
    String name,
    UUID repId,
    String repName,
    BigDecimal targetPotential,
    BigDecimal potential,
    int accountCount,
    int unitCount,
    Double shareOfTarget,
    Coverage coverage) {

  /** Another rep owning the territory's accounts for now; {@code until} is only expected. */
  public record Coverage(UUID repId, String repName, LocalDate since, LocalDate until) {}
}
