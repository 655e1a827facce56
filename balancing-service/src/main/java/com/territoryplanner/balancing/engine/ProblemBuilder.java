package com.territoryplanner.balancing.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns accounts and reps into a solver problem: aggregates accounts into basic units (one per
 * postal code; an account without postal code is its own unit; an account the routing names is a
 * named unit, needing a skill when a specialist rule singles it out), links the geographic units to
 * their neighbours, derives each territory's target bands from the reps' capacities, and
 * precomputes every unit's travel cost per territory.
 */
public final class ProblemBuilder {

  /** Compactness points per km of potential-weighted average distance: metres. */
  public static final double COMPACTNESS_POINTS_PER_KM = 1000.0;

  private ProblemBuilder() {}

  public static String unitId(String accountId, String postalCode) {
    if (postalCode == null || postalCode.isBlank()) {
      return "account:" + accountId;
    }
    return "postal:" + normalisedPostalCode(postalCode);
  }

  /** A postal code as units are keyed by it: trimmed, upper case. */
  public static String normalisedPostalCode(String postalCode) {
    return postalCode.trim().toUpperCase(Locale.ROOT);
  }

  public static TerritoryPlan build(
      List<AccountInput> accounts,
      List<RepInput> reps,
      BalanceTolerance tolerance,
      TerritoryLimits limits,
      AccountRouting routing) {
    if (reps.isEmpty()) {
      throw new IllegalArgumentException("A plan needs at least one territory");
    }
    Map<String, List<AccountInput>> byUnit = new LinkedHashMap<>();
    Map<String, AccountInput> named = new HashMap<>();
    for (AccountInput account : accounts) {
      String unitId;
      if (routing.named(account)) {
        unitId = AccountRouting.namedUnitId(account.id());
        named.put(unitId, account);
      } else {
        unitId = unitId(account.id(), account.postalCode());
      }
      byUnit.computeIfAbsent(unitId, k -> new ArrayList<>()).add(account);
    }
    long totalPotential = accounts.stream().mapToLong(a -> Math.max(0, a.potential())).sum();
    double totalCapacity = reps.stream().mapToDouble(RepInput::capacity).sum();

    List<Territory> territories = new ArrayList<>();
    for (int i = 0; i < reps.size(); i++) {
      RepInput rep = reps.get(i);
      double share = rep.capacity() / totalCapacity;
      territories.add(
          new Territory(
              rep.territoryId(),
              i,
              rep.homeLatitude(),
              rep.homeLongitude(),
              rep.capacity(),
              limited(
                  rep,
                  "potential",
                  TargetBand.around(totalPotential * share, tolerance.potential()),
                  limits.minPotential(),
                  limits.maxPotential()),
              limited(
                  rep,
                  "accounts",
                  tolerance.balancesWorkload()
                      ? TargetBand.around(accounts.size() * share, tolerance.workload())
                      : TargetBand.NONE,
                  limits.minAccounts(),
                  limits.maxAccounts()),
              rep.skills()));
    }

    List<UnitDraft> drafts =
        byUnit.entrySet().stream().map(e -> draft(e.getKey(), e.getValue())).toList();
    double totalWeight = drafts.stream().mapToDouble(UnitDraft::weight).sum();
    List<BasicUnit> units = new ArrayList<>();
    for (UnitDraft draft : drafts) {
      long[] cost = new long[territories.size()];
      if (draft.latitude() != null) {
        for (Territory territory : territories) {
          double km =
              Geo.haversineKm(
                  draft.latitude(),
                  draft.longitude(),
                  territory.getHomeLatitude(),
                  territory.getHomeLongitude());
          cost[territory.getIndex()] =
              Math.round(draft.weight() / totalWeight * km * COMPACTNESS_POINTS_PER_KM);
        }
      }
      BasicUnit unit =
          new BasicUnit(
              draft.id(),
              draft.potential(),
              draft.accountIds().size(),
              draft.latitude(),
              draft.longitude(),
              draft.accountIds(),
              cost);
      unit.setWeightShare(draft.weight() / totalWeight);
      AccountInput namedAccount = named.get(draft.id());
      if (namedAccount != null) {
        unit.name(routing.requiredSkill(namedAccount).orElse(null));
      }
      units.add(unit);
    }
    UnitAdjacency.link(units.stream().filter(BasicUnit::isGeographic).toList());
    return new TerritoryPlan(territories, units, tolerance, limits);
  }

  private static TargetBand limited(
      RepInput rep, String metric, TargetBand band, long min, long max) {
    try {
      return band.within(min, max);
    } catch (IllegalArgumentException e) {
      throw new UnreachableLimits(
          "Territory " + rep.territoryId() + ", " + metric + ": " + e.getMessage());
    }
  }

  private static UnitDraft draft(String id, List<AccountInput> accounts) {
    long potential = accounts.stream().mapToLong(a -> Math.max(0, a.potential())).sum();
    double weightSum = 0;
    double lat = 0;
    double lon = 0;
    int located = 0;
    double plainLat = 0;
    double plainLon = 0;
    for (AccountInput account : accounts) {
      if (account.latitude() == null || account.longitude() == null) {
        continue;
      }
      located++;
      plainLat += account.latitude();
      plainLon += account.longitude();
      double w = Math.max(0, account.potential());
      weightSum += w;
      lat += w * account.latitude();
      lon += w * account.longitude();
    }
    Double centroidLat = null;
    Double centroidLon = null;
    if (weightSum > 0) {
      centroidLat = lat / weightSum;
      centroidLon = lon / weightSum;
    } else if (located > 0) {
      centroidLat = plainLat / located;
      centroidLon = plainLon / located;
    }
    return new UnitDraft(
        id,
        potential,
        centroidLat,
        centroidLon,
        accounts.stream().map(AccountInput::id).toList(),
        Math.max(potential, 1));
  }

  private record UnitDraft(
      String id,
      long potential,
      Double latitude,
      Double longitude,
      List<String> accountIds,
      double weight) {}
}
