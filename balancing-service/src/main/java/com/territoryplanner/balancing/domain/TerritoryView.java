package com.territoryplanner.balancing.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One territory of a plan with its metrics from the latest stored solution (zero before the first
 * solve). {@code shareOfTarget} is potential / target potential.
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
    Double shareOfTarget) {}
