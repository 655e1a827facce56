package com.territoryplanner.balancing.engine.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VisitValueTest {

  private final VisitValue equalWeights = new VisitValue(1, 1, 1, 90);

  @Test
  void eachPartIsItsShareOfAHundredTimesItsWeight() {
    VisitValue.Parts parts = new VisitValue(2, 1, 0.5, 90).of(500, 2_000, 45, 1);
    assertThat(parts.potential()).isCloseTo(50, within(1e-9)); // 2 x 100 x 500 / 2,000
    assertThat(parts.recency()).isCloseTo(50, within(1e-9)); // 100 x 45 / 90
    assertThat(parts.openOpportunities()).isCloseTo(16.667, within(1e-3)); // 0.5 x 100 x 1 / 3
    assertThat(parts.total()).isEqualTo(117);
  }

  @Test
  void anAccountNeverVisitedOrOverdueIsDueInFull() {
    assertThat(equalWeights.of(0, 1_000, null, 0).recency()).isEqualTo(100);
    assertThat(equalWeights.of(0, 1_000, 400, 0).recency()).isEqualTo(100);
    assertThat(equalWeights.of(0, 1_000, 0, 0).recency()).isZero();
  }

  @Test
  void openOpportunitiesCountUpToThree() {
    assertThat(equalWeights.of(0, 1_000, 0, 3).openOpportunities()).isEqualTo(100);
    assertThat(equalWeights.of(0, 1_000, 0, 12).openOpportunities()).isEqualTo(100);
  }

  @Test
  void withoutAnyPotentialAmongTheCandidatesPotentialAddsNothing() {
    assertThat(equalWeights.of(0, 0, 0, 0).potential()).isZero();
  }
}
