package com.territoryplanner.balancing.engine;

import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Places the named accounts that need a specialist before the geography is drawn: largest first,
 * each with the rep who has its skill and the most potential room left (a rep's current one, when a
 * plan in force is compared and that rep has the skill). The designer then counts them as load the
 * territory already carries. Without any rep who has the skill, the account goes where room is
 * largest and the skill constraint reports it.
 */
final class SpecialistPlacement {

  private SpecialistPlacement() {}

  /** Calls {@code place} for every unplaced, unlocked named unit with its territory. */
  static void place(TerritoryPlan plan, BiConsumer<BasicUnit, Territory> place) {
    List<Territory> territories = plan.getTerritories();
    long[] load = new long[territories.size()];
    plan.getUnits().stream()
        .filter(u -> u.isNamed() && u.getTerritory() != null)
        .forEach(u -> load[u.getTerritory().getIndex()] += u.getPotential());
    List<BasicUnit> named =
        plan.getUnits().stream()
            .filter(u -> u.getRequiredSkill() != null && u.getTerritory() == null)
            .sorted(Comparator.comparingLong(BasicUnit::getPotential).reversed())
            .toList();
    for (BasicUnit unit : named) {
      Territory chosen = current(unit, territories);
      if (chosen == null) {
        List<Territory> skilled =
            territories.stream().filter(t -> t.hasSkill(unit.getRequiredSkill())).toList();
        chosen =
            (skilled.isEmpty() ? territories : skilled)
                .stream()
                    .min(Comparator.comparingDouble(t -> fill(t, load[t.getIndex()], unit)))
                    .orElseThrow();
      }
      load[chosen.getIndex()] += unit.getPotential();
      place.accept(unit, chosen);
    }
  }

  private static Territory current(BasicUnit unit, List<Territory> territories) {
    int current = unit.getCurrentTerritoryIndex();
    if (current < 0 || !territories.get(current).hasSkill(unit.getRequiredSkill())) {
      return null;
    }
    return territories.get(current);
  }

  /** The territory's potential with the unit added, relative to its target. */
  private static double fill(Territory territory, long load, BasicUnit unit) {
    long target = Math.max(1, territory.getPotential().target());
    return (load + unit.getPotential()) / (double) target;
  }
}
