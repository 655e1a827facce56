package com.territoryplanner.balancing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.territoryplanner.balancing.engine.LiveRouting.ActivePlan;
import com.territoryplanner.balancing.engine.LiveRouting.Decision;
import com.territoryplanner.balancing.engine.LiveRouting.Rule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiveRoutingTest {

  private static final List<RepInput> REPS =
      List.of(
          new RepInput("berlin", 52.52, 13.40, 1, Set.of("banking")),
          new RepInput("munich", 48.14, 11.58, 1, Set.of("banking")),
          new RepInput("hamburg", 53.55, 10.00, 1, Set.of()));
  private static final Map<String, String> UNITS =
      Map.of("postal:10115", "berlin", "postal:80331", "munich");

  @Test
  void anAccountGoesToItsPostalCodesTerritory() {
    Decision decision = route(account("a", "10115", 52.53, 13.38, null), Map.of(), List.of());
    assertThat(decision.rule()).isEqualTo(Rule.UNIT);
    assertThat(decision.territoryId()).isEqualTo("berlin");
    assertThat(decision.unitId()).isEqualTo("postal:10115");
  }

  @Test
  void anUnknownPostalCodeTakesTheNearestUnitsTerritory() {
    Decision decision = route(account("a", "85221", 48.26, 11.43, null), Map.of(), List.of());
    assertThat(decision.rule()).isEqualTo(Rule.NEAREST_UNIT);
    assertThat(decision.territoryId()).isEqualTo("munich");
    assertThat(decision.unitId()).isEqualTo("postal:80331");
  }

  @Test
  void aSpecialistAccountGoesToTheNearestSkilledRep() {
    // in Hamburg's postal area, but Hamburg's rep has no banking skill: Berlin is nearer than
    // Munich
    Decision decision =
        route(
            account("bank", "20095", 53.55, 10.0, "522110"),
            Map.of(),
            List.of(new SkillRule(null, "52", "banking")));
    assertThat(decision.rule()).isEqualTo(Rule.SPECIALIST);
    assertThat(decision.territoryId()).isEqualTo("berlin");
    assertThat(decision.unitId()).isEqualTo("named:bank");
  }

  @Test
  void aLockComesFirstAndADisagreeingSpecialistRuleIsAConflict() {
    Decision decision =
        route(
            account("bank", "10115", 52.53, 13.38, "522110"),
            Map.of("bank", "munich"),
            List.of(new SkillRule(null, "52", "banking")));
    assertThat(decision.rule()).isEqualTo(Rule.LOCKED_ACCOUNT);
    assertThat(decision.territoryId()).isEqualTo("munich");
    assertThat(decision.conflicts())
        .containsExactly(
            "SPECIALIST would place it in territory berlin; LOCKED_ACCOUNT comes first");
  }

  @Test
  void anAccountWithoutPostalCodeOrLocationCannotBePlaced() {
    ActivePlan plan = plan(Map.of(), List.of());
    assertThat(LiveRouting.route(account("lost", null, null, null, null), plan)).isEmpty();
  }

  private static Decision route(
      AccountInput account, Map<String, String> locked, List<SkillRule> specialists) {
    return LiveRouting.route(account, plan(locked, specialists)).orElseThrow();
  }

  /** Units 10115 (Berlin) and 80331 (Munich); the nearest unit is the nearer of the two. */
  private static ActivePlan plan(Map<String, String> locked, List<SkillRule> specialists) {
    return new ActivePlan(
        locked,
        specialists,
        () -> REPS,
        unit -> Optional.ofNullable(UNITS.get(unit)),
        account ->
            account.latitude() == null
                ? Optional.empty()
                : Optional.of(account.latitude() > 50 ? "postal:10115" : "postal:80331"));
  }

  private static AccountInput account(
      String id, String postal, Double lat, Double lon, String naics) {
    return new AccountInput(id, postal, lat, lon, 0, null, naics);
  }
}
