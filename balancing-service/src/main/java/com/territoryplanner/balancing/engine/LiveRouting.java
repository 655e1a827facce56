package com.territoryplanner.balancing.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where an account that arrives or moves after a plan was activated goes in it, by rules in
 * explicit precedence: an account a planner locked to a rep goes to that rep's territory; one a
 * specialist rule singles out goes to the nearest territory whose rep has the skill; any other to
 * its postal code's territory; one whose postal code the plan does not know to the territory of the
 * nearest unit. When rules disagree, the first wins and the others are reported as conflicts.
 */
public final class LiveRouting {

  /** Why an account is in its territory; also the answer to "why is this account mine". */
  public enum Rule {
    LOCKED_ACCOUNT,
    SPECIALIST,
    UNIT,
    NEAREST_UNIT
  }

  /**
   * @param unitId the unit the account counts in: its named unit for the first two rules, its
   *     postal code's or the nearest one otherwise
   * @param conflicts what the rules not followed would have done instead
   */
  public record Decision(String territoryId, Rule rule, String unitId, List<String> conflicts) {}

  /**
   * The active plan as live routing reads it.
   *
   * @param lockedAccounts territory id by account id
   * @param reps the plan's reps, asked for only when a specialist rule singles an account out
   * @param territoryOfUnit a unit's territory in the plan's solution, if the plan has the unit
   * @param nearestUnit the unit of the plan nearest to a located account, if any
   */
  public record ActivePlan(
      Map<String, String> lockedAccounts,
      List<SkillRule> specialists,
      Supplier<List<RepInput>> reps,
      Function<String, Optional<String>> territoryOfUnit,
      Function<AccountInput, Optional<String>> nearestUnit) {}

  private LiveRouting() {}

  /** Whether the account is planned on its own, outside the geography. */
  public static boolean named(AccountInput account, ActivePlan plan) {
    return plan.lockedAccounts().containsKey(account.id())
        || plan.specialists().stream().anyMatch(rule -> rule.matches(account));
  }

  /** The account's territory, or empty when no rule places it (no postal code, no location). */
  public static Optional<Decision> route(AccountInput account, ActivePlan plan) {
    List<Decision> candidates = new ArrayList<>();
    String locked = plan.lockedAccounts().get(account.id());
    if (locked != null) {
      candidates.add(named(account, locked, Rule.LOCKED_ACCOUNT));
    }
    plan.specialists().stream()
        .filter(rule -> rule.matches(account))
        .findFirst()
        .flatMap(rule -> nearestWithSkill(account, rule.skill(), plan.reps().get()))
        .ifPresent(territory -> candidates.add(named(account, territory, Rule.SPECIALIST)));
    String unit = ProblemBuilder.unitId(account.id(), account.postalCode());
    Optional<String> territory = plan.territoryOfUnit().apply(unit);
    if (territory.isPresent()) {
      candidates.add(new Decision(territory.get(), Rule.UNIT, unit, List.of()));
    } else {
      plan.nearestUnit()
          .apply(account)
          .ifPresent(
              nearest ->
                  plan.territoryOfUnit()
                      .apply(nearest)
                      .ifPresent(
                          t ->
                              candidates.add(
                                  new Decision(t, Rule.NEAREST_UNIT, nearest, List.of()))));
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Decision chosen = candidates.get(0);
    List<String> conflicts = new ArrayList<>();
    // a named account sits outside the geography: only a second named rule can disagree with it
    for (Decision other : candidates.subList(1, candidates.size())) {
      boolean named = other.rule() == Rule.LOCKED_ACCOUNT || other.rule() == Rule.SPECIALIST;
      if (named && !other.territoryId().equals(chosen.territoryId())) {
        conflicts.add(
            other.rule()
                + " would place it in territory "
                + other.territoryId()
                + "; "
                + chosen.rule()
                + " comes first");
      }
    }
    return Optional.of(
        new Decision(chosen.territoryId(), chosen.rule(), chosen.unitId(), List.copyOf(conflicts)));
  }

  private static Decision named(AccountInput account, String territory, Rule rule) {
    return new Decision(territory, rule, AccountRouting.namedUnitId(account.id()), List.of());
  }

  /** The territory of the skilled rep whose home is nearest the account (the first, unlocated). */
  private static Optional<String> nearestWithSkill(
      AccountInput account, String skill, List<RepInput> reps) {
    Comparator<RepInput> distance =
        account.latitude() == null || account.longitude() == null
            ? Comparator.comparing(RepInput::territoryId)
            : Comparator.comparingDouble(
                rep ->
                    Geo.haversineKm(
                        account.latitude(),
                        account.longitude(),
                        rep.homeLatitude(),
                        rep.homeLongitude()));
    return reps.stream()
        .filter(rep -> rep.skills().contains(skill))
        .min(distance)
        .map(RepInput::territoryId);
  }
}
