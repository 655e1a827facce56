package com.territoryplanner.balancing.engine.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignExplainerTest {

  /** Values 1..5 along a path, split {1,2,3} {4,5}: loads 6 and 9 against targets of 7.5. */
  private final UnitGraph path = PartitionTest.path(5);

  private final int[] split = {0, 0, 0, 1, 1};

  @Test
  void aBoundaryUnitStaysBecauseMovingItWouldBreakBothBalances() {
    DesignSpec spec = DesignSpec.balanceAll(path, 2, 0.1, Duration.ofSeconds(1));

    UnitExplanation why = DesignExplainer.explain(path, spec, split, 2, t -> "territory " + t);

    assertThat(why.territory()).isZero();
    assertThat(why.alternatives()).hasSize(1);
    UnitExplanation.Alternative toEast = why.alternatives().get(0);
    assertThat(toEast.territory()).isEqualTo(1);
    assertThat(toEast.leavingRatiosAfter().get(0)).isCloseTo(3 / 7.5, within(1e-9));
    assertThat(toEast.joiningRatiosAfter().get(0)).isCloseTo(12 / 7.5, within(1e-9));
    assertThat(toEast.splitsItsTerritory()).isFalse();
    assertThat(toEast.allowed()).isFalse();
    assertThat(toEast.reasons())
        .contains(
            "would break value balance: territory 0 at 0.400 of target, outside +-10.0%",
            "would break value balance: territory 1 at 1.600 of target, outside +-10.0%");
  }

  @Test
  void anInteriorUnitHasNoAlternative() {
    DesignSpec spec = DesignSpec.balanceAll(path, 2, 0.1, Duration.ofSeconds(1));

    assertThat(DesignExplainer.explain(path, spec, split, 1, t -> "territory " + t).alternatives())
        .isEmpty();
  }

  @Test
  void aUnitHoldingItsTerritoryTogetherSaysSo() {
    // a - hub - b in territory 0, with d of territory 1 hanging off the hub
    UnitGraph star =
        UnitGraph.builder(List.of("value"))
            .unit("a", 0, 0, 1)
            .unit("hub", 0, 0.1, 1)
            .unit("b", 0, 0.2, 1)
            .unit("d", 0.1, 0.1, 3)
            .edge("a", "hub")
            .edge("hub", "b")
            .edge("hub", "d")
            .build();
    DesignSpec spec = DesignSpec.balanceAll(star, 2, 0.5, Duration.ofSeconds(1));

    UnitExplanation why =
        DesignExplainer.explain(star, spec, new int[] {0, 0, 0, 1}, 1, t -> "T" + t);

    assertThat(why.alternatives().get(0).splitsItsTerritory()).isTrue();
    assertThat(why.alternatives().get(0).reasons()).contains("would break T0 into separate pieces");
  }

  @Test
  void perTerritoryFiguresNameWhatIsBrokenAndWhatIsStrained() {
    DesignReport tight =
        DesignReport.of(path, DesignSpec.balanceAll(path, 2, 0.1, Duration.ofSeconds(1)), split);
    DesignReport loose =
        DesignReport.of(path, DesignSpec.balanceAll(path, 2, 0.21, Duration.ofSeconds(1)), split);

    assertThat(tight.perTerritory().get(0).findings())
        .containsExactly(
            "breaks value balance: 0.800 of target, 10.0 points below the -10.0% band");
    assertThat(tight.perTerritory().get(0).breaksAConstraint()).isTrue();
    assertThat(loose.perTerritory().get(1).findings())
        .containsExactly(
            "strains value balance: 1.200 of target, 1.0 points inside the +21.0% band");
    assertThat(loose.perTerritory().get(1).breaksAConstraint()).isFalse();
    assertThat(loose.perTerritory().get(1).units()).isEqualTo(2);
    assertThat(loose.perTerritory().get(1).diameterKm()).isCloseTo(11.1195, within(0.01));
  }

  @Test
  void anAbsoluteLimitIsNamedAsALimit() {
    // a +-50% band (3.75 to 11.25) cut by a ceiling of 8 per territory
    DesignSpec spec =
        new DesignSpec(
            2,
            List.of(new MetricGoal(0, 1, 0.5, 0, 8)),
            null,
            null,
            null,
            null,
            null,
            Duration.ofSeconds(1),
            1,
            1,
            null);

    DesignReport report = DesignReport.of(path, spec, split);
    UnitExplanation why = DesignExplainer.explain(path, spec, split, 2, t -> "territory " + t);

    assertThat(report.feasible()).isFalse();
    assertThat(report.perTerritory().get(0).findings()).isEmpty();
    assertThat(report.perTerritory().get(1).findings())
        .containsExactly("breaks value limit: 9, 1 above the maximum of 8");
    assertThat(why.alternatives().get(0).reasons())
        .contains(
            "would break value balance: territory 0 at 0.400 of target, outside +-50.0%",
            "would break value limit: territory 1 at 12, above its maximum of 8");
  }
}
