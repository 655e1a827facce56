package com.territoryplanner.kpi.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One territory's quota for a year.
 *
 * @param potential the potential of the territory's accounts in the plan, in the quota's currency
 * @param potentialShare potential / the plan's potential (null when the plan has none)
 * @param annual the year's quota
 * @param months the quota of each month, January first; adds up to {@code annual}
 * @param edited set by hand rather than spread from the target
 */
public record TerritoryQuota(
    UUID territoryId,
    String territoryName,
    long accounts,
    BigDecimal potential,
    Double potentialShare,
    BigDecimal annual,
    List<BigDecimal> months,
    boolean edited) {}
