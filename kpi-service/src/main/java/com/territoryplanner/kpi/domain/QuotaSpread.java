package com.territoryplanner.kpi.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A company target split into annual territory quotas by each territory's share of the plan's
 * potential. Quotas a planner set by hand stand; the rest of the target is spread over the other
 * territories. Where none of them has any potential, they share it equally.
 */
public final class QuotaSpread {

  private QuotaSpread() {}

  /**
   * Annual quota per territory, in the order of {@code potentials}.
   *
   * @param target the company target for the year
   * @param potentials each territory's potential in the target's currency
   * @param edited quotas set by hand, kept as they are (territories not in {@code potentials} are
   *     ignored)
   */
  public static Map<UUID, BigDecimal> annual(
      BigDecimal target, Map<UUID, BigDecimal> potentials, Map<UUID, BigDecimal> edited) {
    Map<UUID, BigDecimal> quotas = new LinkedHashMap<>();
    List<UUID> spread = new ArrayList<>();
    BigDecimal left = target;
    for (UUID territory : potentials.keySet()) {
      BigDecimal set = edited.get(territory);
      if (set == null) {
        spread.add(territory);
      } else {
        left = left.subtract(set);
      }
      quotas.put(territory, set);
    }
    if (spread.isEmpty()) {
      return quotas;
    }
    // a territory whose potential is negative (it buys more than expected) takes no share
    List<BigDecimal> weights =
        spread.stream().map(t -> potentials.get(t).max(BigDecimal.ZERO)).toList();
    if (weights.stream().allMatch(w -> w.signum() == 0)) {
      weights = Collections.nCopies(spread.size(), BigDecimal.ONE);
    }
    List<BigDecimal> parts = Apportionment.split(left.max(BigDecimal.ZERO), weights);
    for (int i = 0; i < spread.size(); i++) {
      quotas.put(spread.get(i), parts.get(i));
    }
    return quotas;
  }
}
