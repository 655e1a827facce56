package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.domain.AccountExplanationView;
import com.territoryplanner.balancing.domain.PlanAnalysisView;
import com.territoryplanner.balancing.engine.BasicUnit;
import com.territoryplanner.balancing.engine.DesignInput;
import com.territoryplanner.balancing.engine.Territory;
import com.territoryplanner.balancing.engine.TerritoryPlan;
import com.territoryplanner.balancing.engine.design.DesignExplainer;
import com.territoryplanner.balancing.engine.design.DesignReport;
import com.territoryplanner.balancing.engine.design.UnitExplanation;
import com.territoryplanner.balancing.repository.Assignments;
import com.territoryplanner.balancing.repository.PlanEntity;
import com.territoryplanner.balancing.repository.TerritoryEntity;
import com.territoryplanner.platform.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a plan's stored solution back through the territory designer's report and explainer, over
 * the accounts as they are now.
 */
@ApplicationScoped
public class PlanAnalysisService {

  private final PlanProblems problems;
  private final Assignments assignments;

  PlanAnalysisService(PlanProblems problems, Assignments assignments) {
    this.problems = problems;
    this.assignments = assignments;
  }

  @Transactional
  public PlanAnalysisView analyze(UUID planId) {
    StoredSolution stored = load(planId);
    DesignInput input = stored.input();
    DesignReport report = DesignReport.of(input.graph(), input.spec(), input.territoryIndexes());
    List<PlanAnalysisView.TerritoryAnalysisView> territories = new ArrayList<>();
    for (DesignReport.TerritoryFigures figures : report.perTerritory()) {
      Territory territory = stored.plan().getTerritories().get(figures.territory());
      territories.add(
          new PlanAnalysisView.TerritoryAnalysisView(
              UUID.fromString(territory.getId()),
              stored.name(figures.territory()),
              figures.units(),
              figures.pieces(),
              figures.ratios().get(0),
              figures.ratios().size() > 1 ? figures.ratios().get(1) : null,
              figures.meanDistanceKm(),
              figures.diameterKm(),
              figures.findings()));
    }
    return new PlanAnalysisView(
        planId,
        report.feasible(),
        stored.plan().getBalanceTolerance().potential(),
        stored.plan().getBalanceTolerance().workload(),
        report.compactnessKm(),
        report.maxDiameterKm(),
        stored.accountsNotPlaced(),
        stored.unitsWithoutLocation(),
        List.copyOf(territories));
  }

  @Transactional
  public AccountExplanationView explain(UUID planId, String accountId) {
    StoredSolution stored = load(planId);
    String unitId = assignments.unitsOf(planId, List.of(accountId)).get(accountId);
    if (unitId == null) {
      throw ApiProblem.notFound("Account of plan " + planId, accountId);
    }
    DesignInput input = stored.input();
    int unit = indexOf(input.located(), unitId);
    BasicUnit placed =
        stored.plan().getUnits().stream()
            .filter(u -> u.getId().equals(unitId))
            .findFirst()
            .orElseThrow(() -> ApiProblem.notFound("Account of plan " + planId, accountId));
    if (unit < 0 || placed.getTerritory() == null) {
      return new AccountExplanationView(
          accountId,
          unitId,
          placed.getTerritory() == null ? null : UUID.fromString(placed.getTerritory().getId()),
          placed.getTerritory() == null ? null : stored.name(placed.getTerritory().getIndex()),
          null,
          List.of(outsideTheGeography(placed)),
          List.of());
    }
    UnitExplanation why =
        DesignExplainer.explain(
            input.graph(), input.spec(), input.territoryIndexes(), unit, stored::name);
    List<AccountExplanationView.MoveView> moves = new ArrayList<>();
    for (UnitExplanation.Alternative alternative : why.alternatives()) {
      moves.add(
          new AccountExplanationView.MoveView(
              UUID.fromString(stored.plan().getTerritories().get(alternative.territory()).getId()),
              stored.name(alternative.territory()),
              alternative.allowed(),
              alternative.leavingRatiosAfter().get(0),
              alternative.joiningRatiosAfter().get(0),
              alternative.distanceKm(),
              alternative.reasons()));
    }
    return new AccountExplanationView(
        accountId,
        unitId,
        UUID.fromString(stored.plan().getTerritories().get(why.territory()).getId()),
        stored.name(why.territory()),
        why.distanceKm(),
        List.of(),
        List.copyOf(moves));
  }

  private static String outsideTheGeography(BasicUnit unit) {
    if (!unit.isNamed()) {
      return "The account has no location: the solver placed it where balance suffered least";
    }
    String skill = unit.getRequiredSkill();
    boolean skilled =
        skill == null || (unit.getTerritory() != null && unit.getTerritory().hasSkill(skill));
    if (unit.isLocked()) {
      return "A named account, locked to its rep"
          + (skilled ? "" : ", who lacks the skill '" + skill + "' it needs");
    }
    if (skilled) {
      return "A named account that needs the skill '"
          + skill
          + "': placed with a rep who has it, where potential had the most room";
    }
    return "A named account that needs the skill '" + skill + "', which its rep lacks";
  }

  private static int indexOf(List<BasicUnit> units, String unitId) {
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i).getId().equals(unitId)) {
        return i;
      }
    }
    return -1;
  }

  /** The plan's problem with its stored territories set, restricted to the placed units. */
  private StoredSolution load(UUID planId) {
    PlanEntity plan = PlanService.find(planId);
    Map<String, UUID> territoryByUnit = assignments.territoryByUnit(planId);
    if (territoryByUnit.isEmpty()) {
      throw ApiProblem.conflict(
          "plan-not-solved", "Plan " + planId + " has no stored solution yet; solve it first");
    }
    TerritoryPlan problem = problems.of(plan);
    Map<String, Territory> territoryById =
        problem.getTerritories().stream()
            .collect(Collectors.toMap(Territory::getId, Function.identity()));
    List<BasicUnit> placed = new ArrayList<>();
    int notPlaced = 0;
    for (BasicUnit unit : problem.getUnits()) {
      UUID territory = territoryByUnit.get(unit.getId());
      if (territory == null) {
        notPlaced += unit.getAccountCount();
      } else {
        unit.setTerritory(territoryById.get(territory.toString()));
        placed.add(unit);
      }
    }
    TerritoryPlan solution =
        new TerritoryPlan(
            problem.getTerritories(), placed, problem.getBalanceTolerance(), problem.getLimits());
    Map<UUID, String> names =
        TerritoryEntity.<TerritoryEntity>list("planId", planId).stream()
            .collect(Collectors.toMap(t -> t.id, t -> t.name));
    return new StoredSolution(solution, DesignInput.of(solution), names, notPlaced);
  }

  private record StoredSolution(
      TerritoryPlan plan, DesignInput input, Map<UUID, String> names, int accountsNotPlaced) {

    String name(int territoryIndex) {
      return names.get(UUID.fromString(plan.getTerritories().get(territoryIndex).getId()));
    }

    int unitsWithoutLocation() {
      return plan.getUnits().size() - input.located().size();
    }
  }
}
