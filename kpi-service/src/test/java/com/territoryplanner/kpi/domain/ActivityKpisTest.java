package com.territoryplanner.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The revenue, activity, lead, acquisition and penetration formulas on hand-computed figures. */
class ActivityKpisTest {

  @Test
  void marginRateCountsOnlyTheLinesWithAMargin() {
    RevenueTotals january =
        new RevenueTotals(new BigDecimal("800"), 2, new BigDecimal("400"), new BigDecimal("1000"));
    RevenueTotals february =
        new RevenueTotals(new BigDecimal("500"), 1, new BigDecimal("100"), new BigDecimal("500"));
    RevenueTotals.Kpis both = january.plus(february).kpis();
    assertThat(both.revenue()).isEqualByComparingTo("1300");
    assertThat(both.lines()).isEqualTo(3);
    assertThat(both.marginRate()).isEqualTo(0.3333); // 500 / 1500
    assertThat(
            new RevenueTotals(BigDecimal.TEN, 1, BigDecimal.ZERO, BigDecimal.ZERO)
                .kpis()
                .marginRate())
        .isNull();
  }

  @Test
  void activityTypesAddUp() {
    ActivityTotals sum =
        new ActivityTotals(2, 90, Map.of("Call", 1L, "Meeting", 1L))
            .plus(new ActivityTotals(1, 0, Map.of("Call", 1L)));
    assertThat(sum.activities()).isEqualTo(3);
    assertThat(sum.minutes()).isEqualTo(90);
    assertThat(sum.byType()).containsExactly(Map.entry("Call", 2L), Map.entry("Meeting", 1L));
  }

  @Test
  void conversionAndAcquisitionCostAreAbsentWithoutADenominator() {
    assertThat(new LeadTotals(4, 1).kpis().conversionRate()).isEqualTo(0.25);
    assertThat(new LeadTotals(0, 0).kpis().conversionRate()).isNull();
    AcquisitionTotals.Kpis cost =
        new AcquisitionTotals(new BigDecimal("9500"), 0)
            .plus(new AcquisitionTotals(BigDecimal.ZERO, 2))
            .kpis();
    assertThat(cost.customerAcquisitionCost()).isEqualByComparingTo("4750");
    assertThat(new AcquisitionTotals(BigDecimal.ONE, 0).kpis().customerAcquisitionCost()).isNull();
  }

  @Test
  void penetrationIsRevenueOverRevenuePlusPotential() {
    assertThat(
            Penetration.of(
                    KpiGroup.EVERYTHING, "USD", 2, new BigDecimal("100"), new BigDecimal("900"))
                .penetration())
        .isEqualTo(0.1);
    // credit notes beyond sales count as nothing captured, never as a negative share
    assertThat(
            Penetration.of(
                    KpiGroup.EVERYTHING, "USD", 1, new BigDecimal("-50"), new BigDecimal("50"))
                .penetration())
        .isZero();
    assertThat(
            Penetration.of(KpiGroup.EVERYTHING, "USD", 1, BigDecimal.ZERO, BigDecimal.ZERO)
                .penetration())
        .isNull();
  }
}
