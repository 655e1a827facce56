package com.territoryplanner.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OpportunityKpisTest {

  @Test
  void figuresFollowFromTheTotalsByTheirFormulas() {
    // won 1000 + 1500 + 500 after 30, 60 and 90 days; one lost; two open worth 4000
    OpportunityKpis kpis =
        OpportunityKpis.of(
            new OpportunityTotals(new BigDecimal("3000"), 3, 1, new BigDecimal("4000"), 2, 180, 3));

    assertThat(kpis.bookings()).isEqualByComparingTo("3000");
    assertThat(kpis.winRate()).isEqualTo(0.75); // 3 / (3 + 1)
    assertThat(kpis.averageDealSize()).isEqualByComparingTo("1000"); // 3000 / 3
    assertThat(kpis.averageCycleDays()).isEqualTo(60.0); // 180 / 3
    assertThat(kpis.pipeline()).isEqualByComparingTo("4000");
    assertThat(kpis.openDeals()).isEqualTo(2);
    // 2 open x 0.75 x 1000 / 60 days
    assertThat(kpis.salesVelocityPerDay()).isEqualByComparingTo("25.00");
  }

  @Test
  void aFigureWithoutADenominatorIsUnknownNotZero() {
    OpportunityKpis onlyOpen =
        OpportunityKpis.of(
            new OpportunityTotals(BigDecimal.ZERO, 0, 0, new BigDecimal("700"), 1, 0, 0));

    assertThat(onlyOpen.winRate()).isNull();
    assertThat(onlyOpen.averageDealSize()).isNull();
    assertThat(onlyOpen.averageCycleDays()).isNull();
    assertThat(onlyOpen.salesVelocityPerDay()).isNull();
    assertThat(onlyOpen.pipeline()).isEqualByComparingTo("700");

    OpportunityKpis onlyLost =
        OpportunityKpis.of(new OpportunityTotals(BigDecimal.ZERO, 0, 2, BigDecimal.ZERO, 0, 0, 0));
    assertThat(onlyLost.winRate()).isZero();
    assertThat(onlyLost.averageDealSize()).isNull();
  }
}
