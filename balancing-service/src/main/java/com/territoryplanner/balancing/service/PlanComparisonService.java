package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.domain.OwnerView;
import com.territoryplanner.balancing.domain.PlanAnalysisView;
import com.territoryplanner.balancing.domain.PlanAnalysisView.TerritoryAnalysisView;
import com.territoryplanner.balancing.domain.PlanComparison;
import com.territoryplanner.balancing.domain.PlanComparison.Disruption;
import com.territoryplanner.balancing.domain.PlanComparison.Entry;
import com.territoryplanner.balancing.domain.PlanView;
import com.territoryplanner.balancing.repository.Assignments;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Solved plans and scenarios side by side, each against the first. */
@ApplicationScoped
public class PlanComparisonService {

  private static final int MAX_PLANS = 10;

  private final PlanService plans;
  private final PlanAnalysisService analysis;
  private final Assignments assignments;

  PlanComparisonService(PlanService plans, PlanAnalysisService analysis, Assignments assignments) {
    this.plans = plans;
    this.analysis = analysis;
    this.assignments = assignments;
  }

  @Transactional
  public PlanComparison compare(List<UUID> planIds) {
    List<UUID> ids = planIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(planIds));
    if (ids.size() < 2 || ids.size() > MAX_PLANS) {
      throw ApiProblem.invalid(
          "The comparison is invalid",
          List.of(
              Violation.field(
                  "planIds", "names 2 to " + MAX_PLANS + " different plans, the baseline first")));
    }
    UUID baseline = ids.get(0);
    Map<String, OwnerView> baselineOwners = assignments.ownersIn(baseline);
    Map<String, UUID> baselineUnits = assignments.repByUnit(baseline);
    Map<String, BigDecimal> potentials = assignments.potentials();
    List<Entry> entries = new ArrayList<>();
    for (UUID id : ids) {
      PlanView plan = plans.get(id);
      PlanAnalysisView view = analysis.analyze(id);
      entries.add(
          new Entry(
              id,
              plan.name(),
              plan.status(),
              plan.territories().size(),
              view.feasible(),
              spread(
                  view.territories().stream()
                      .map(TerritoryAnalysisView::potentialShareOfTarget)
                      .toList()),
              view.workloadTolerance() == null
                  ? null
                  : spread(
                      view.territories().stream()
                          .map(TerritoryAnalysisView::workloadShareOfTarget)
                          .filter(Objects::nonNull)
                          .toList()),
              view.compactnessKm(),
              view.maxDiameterKm(),
              round(
                  view.territories().stream()
                      .mapToDouble(TerritoryAnalysisView::meanDistanceKm)
                      .average()
                      .orElse(0)),
              disruption(baselineOwners, baselineUnits, id, potentials)));
    }
    return new PlanComparison(baseline, entries);
  }

  private Disruption disruption(
      Map<String, OwnerView> baselineOwners,
      Map<String, UUID> baselineUnits,
      UUID planId,
      Map<String, BigDecimal> potentials) {
    Map<String, OwnerView> owners = assignments.ownersIn(planId);
    Set<String> accounts = new HashSet<>(baselineOwners.keySet());
    accounts.addAll(owners.keySet());
    long moved = 0;
    BigDecimal movedPotential = BigDecimal.ZERO;
    BigDecimal totalPotential = BigDecimal.ZERO;
    for (String account : accounts) {
      BigDecimal potential = potentials.getOrDefault(account, BigDecimal.ZERO);
      totalPotential = totalPotential.add(potential);
      OwnerView before = baselineOwners.get(account);
      OwnerView after = owners.get(account);
      if (before == null || after == null || !before.repId().equals(after.repId())) {
        moved++;
        movedPotential = movedPotential.add(potential);
      }
    }
    Map<String, UUID> units = assignments.repByUnit(planId);
    long movedUnits =
        units.entrySet().stream()
            .filter(unit -> !unit.getValue().equals(baselineUnits.get(unit.getKey())))
            .count();
    return new Disruption(
        moved,
        accounts.isEmpty() ? 0 : round((double) moved / accounts.size()),
        movedPotential,
        totalPotential.signum() == 0
            ? 0
            : movedPotential.divide(totalPotential, 4, RoundingMode.HALF_UP).doubleValue(),
        movedUnits);
  }

  private static double spread(List<Double> shares) {
    return round(shares.stream().mapToDouble(share -> Math.abs(share - 1)).max().orElse(0));
  }

  private static double round(double value) {
    return Math.round(value * 1e4) / 1e4;
  }
}
