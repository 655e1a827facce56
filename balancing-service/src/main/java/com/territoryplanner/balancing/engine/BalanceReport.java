package com.territoryplanner.balancing.engine;

import java.util.ArrayList;
import java.util.List;

/** How balanced a solution is: the load of every territory and the largest relative deviation. */
public record BalanceReport(List<TerritoryLoad> territories, double maxDeviation) {

  public static BalanceReport of(TerritoryPlan plan) {
    int n = plan.getTerritories().size();
    long[] potential = new long[n];
    int[] accounts = new int[n];
    int[] units = new int[n];
    for (BasicUnit unit : plan.getUnits()) {
      if (unit.getTerritory() == null) {
        continue;
      }
      int i = unit.getTerritory().getIndex();
      potential[i] += unit.getPotential();
      accounts[i] += unit.getAccountCount();
      units[i]++;
    }
    List<TerritoryLoad> loads = new ArrayList<>();
    double maxDeviation = 0;
    for (Territory territory : plan.getTerritories()) {
      int i = territory.getIndex();
      long target = territory.getPotential().target();
      double share = target == 0 ? 1.0 : potential[i] / (double) target;
      maxDeviation =
          Math.max(
              maxDeviation, Math.abs(territory.getPotential().relativeDeviation(potential[i])));
      loads.add(
          new TerritoryLoad(territory.getId(), potential[i], target, accounts[i], units[i], share));
    }
    return new BalanceReport(loads, maxDeviation);
  }
}
