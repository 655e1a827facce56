package com.territoryplanner.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.territoryplanner.kpi.domain.BalanceHealth.TerritoryHealth;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BalanceHealthTest {

  private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
  private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");
  private static final BalanceTolerance TOLERANCE = new BalanceTolerance(0.10, 0.15, 0.25);

  @Test
  void eachMetricIsMeasuredByItsLargestDeviationFromTheMean() {
    // potential 90, 100, 110: mean 100, 10 % off at most, inside 10 %
    // accounts 10, 10, 16: mean 12, 4 off = 33 %, outside 15 %
    // attainment 0.8 and 1.2 (C has no quota): mean 1.0, 20 % off, inside 25 %
    BalanceHealth health =
        BalanceHealth.measure(
            UUID.randomUUID(),
            Instant.EPOCH,
            "USD",
            List.of(
                territory(A, 10, "90", 0.8),
                territory(B, 10, "100", 1.2),
                territory(C, 16, "110", null)),
            TOLERANCE);

    assertThat(health.potential().spread()).isEqualTo(0.1);
    assertThat(health.potential().within()).isTrue();
    assertThat(health.workload().mean()).isEqualTo(12.0);
    assertThat(health.workload().spread()).isEqualTo(0.333333);
    assertThat(health.workload().furthest()).isEqualTo(C);
    assertThat(health.workload().within()).isFalse();
    assertThat(health.attainment().spread()).isEqualTo(0.2);
    assertThat(health.attainment().within()).isTrue();
    assertThat(health.withinTolerance()).isFalse();
    assertThat(health.breaches()).extracting(MetricSpread::metric).containsExactly("workload");
  }

  @Test
  void withoutQuotasAttainmentIsNotJudgedAndAllZeroIsEven() {
    BalanceHealth health =
        BalanceHealth.measure(
            UUID.randomUUID(),
            Instant.EPOCH,
            "USD",
            List.of(territory(A, 0, "0", null), territory(B, 0, "0", null)),
            TOLERANCE);
    assertThat(health.attainment()).isNull();
    assertThat(health.potential().spread()).isZero();
    assertThat(health.withinTolerance()).isTrue();
    assertThat(health.breaches()).isEmpty();
  }

  @Test
  void theCalendarHoldsThreeCheckInsAndADeepDive() {
    assertThat(ReviewCalendar.yearFrom(LocalDate.of(2027, 2, 1)))
        .extracting(ReviewCalendar.Entry::due)
        .containsExactly(
            LocalDate.of(2027, 5, 1),
            LocalDate.of(2027, 8, 1),
            LocalDate.of(2027, 11, 1),
            LocalDate.of(2028, 2, 1));
    assertThat(ReviewCalendar.yearFrom(LocalDate.of(2027, 2, 1)).get(3).kind())
        .isEqualTo(ReviewKind.ANNUAL_DEEP_DIVE);
  }

  private static TerritoryHealth territory(
      UUID id, long accounts, String potential, Double attainment) {
    return new TerritoryHealth(id, null, accounts, new BigDecimal(potential), attainment);
  }
}
