package com.territoryplanner.segmentation.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The accounts of one size tier and their total potential, one total per currency (amounts in
 * different currencies are never added together).
 */
public record TierSummary(SizeTier sizeTier, long accounts, List<CurrencyTotal> potentials) {

  public record CurrencyTotal(String currency, long accounts, BigDecimal totalPotential) {}
}
