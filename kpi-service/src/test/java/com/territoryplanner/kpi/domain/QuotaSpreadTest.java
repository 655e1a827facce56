package com.territoryplanner.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QuotaSpreadTest {

  private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
  private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");

  @Test
  void partsFollowTheWeightsAndTheLeftoverCentsGoToTheLargestRemainders() {
    // 100.00 by 1:1:1 is 33.333..: one cent left, to the first (ties go to the earlier weight)
    assertThat(Apportionment.split(new BigDecimal("100"), weights("1", "1", "1")))
        .containsExactly(decimal("33.34"), decimal("33.33"), decimal("33.33"));
    // 10.00 by 1:2:3 is 1.666.., 3.333.., 5.00: the largest remainder (.666) takes the cent
    assertThat(Apportionment.split(new BigDecimal("10"), weights("1", "2", "3")))
        .containsExactly(decimal("1.67"), decimal("3.33"), decimal("5.00"));
    assertThat(Apportionment.split(new BigDecimal("0"), weights("1", "0")))
        .containsExactly(decimal("0.00"), decimal("0.00"));
    assertThatThrownBy(() -> Apportionment.split(BigDecimal.TEN, weights("0", "0")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTargetFollowsPotentialShares() {
    Map<UUID, BigDecimal> potentials = potentials("600", "300", "100");
    // 1,000,000 by 60 / 30 / 10 %
    assertThat(QuotaSpread.annual(new BigDecimal("1000000"), potentials, Map.of()))
        .containsExactly(
            Map.entry(A, decimal("600000.00")),
            Map.entry(B, decimal("300000.00")),
            Map.entry(C, decimal("100000.00")));
  }

  @Test
  void aQuotaSetByHandStandsAndTheRestIsSpreadAroundIt() {
    Map<UUID, BigDecimal> potentials = potentials("600", "300", "100");
    // A is set to 500,000: the other 500,000 go 3:1 to B and C
    assertThat(
            QuotaSpread.annual(
                new BigDecimal("1000000"), potentials, Map.of(A, new BigDecimal("500000"))))
        .containsExactly(
            Map.entry(A, new BigDecimal("500000")),
            Map.entry(B, decimal("375000.00")),
            Map.entry(C, decimal("125000.00")));
    // hand-set quotas beyond the target leave nothing to spread, never a negative quota
    assertThat(
            QuotaSpread.annual(new BigDecimal("100"), potentials, Map.of(A, new BigDecimal("150"))))
        .containsEntry(B, decimal("0.00"))
        .containsEntry(C, decimal("0.00"));
  }

  @Test
  void territoriesWithoutPotentialShareEquallyWhenNoneHasAny() {
    assertThat(QuotaSpread.annual(new BigDecimal("90"), potentials("0", "-5", "0"), Map.of()))
        .containsExactly(
            Map.entry(A, decimal("30.00")),
            Map.entry(B, decimal("30.00")),
            Map.entry(C, decimal("30.00")));
    // a negative potential takes no share when others have some
    assertThat(QuotaSpread.annual(new BigDecimal("90"), potentials("10", "-5", "20"), Map.of()))
        .containsExactly(
            Map.entry(A, decimal("30.00")),
            Map.entry(B, decimal("0.00")),
            Map.entry(C, decimal("60.00")));
  }

  @Test
  void seasonalityTakesMonthlyOrQuarterlyWeights() {
    Seasonality quarters = Seasonality.of(weights("1", "1", "1", "2"));
    List<BigDecimal> months = quarters.split(new BigDecimal("1500"));
    // 1500 by 1:1:1:2 per quarter = 300 per quarter, 600 in Q4; 100 and 200 a month
    assertThat(months.subList(0, 9)).allMatch(m -> m.compareTo(new BigDecimal("100")) == 0);
    assertThat(months.subList(9, 12)).allMatch(m -> m.compareTo(new BigDecimal("200")) == 0);
    assertThat(Seasonality.of(null)).isEqualTo(Seasonality.FLAT);
    assertThat(
            Seasonality.FLAT.split(new BigDecimal("100")).stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("100");
    assertThatThrownBy(() -> Seasonality.of(weights("1", "2", "3")))
        .hasMessageContaining("12 monthly or 4 quarterly");
    assertThatThrownBy(() -> Seasonality.of(weights("1", "-1", "1", "1")))
        .hasMessageContaining("non-negative");
  }

  @Test
  void attainmentIsBookingsOverQuotaPerPeriodAndForThePlan() {
    Seasonality flat = Seasonality.FLAT;
    QuotaPlan plan =
        new QuotaPlan(
            UUID.randomUUID(),
            2027,
            "USD",
            new BigDecimal("2400"),
            flat.monthlyWeights(),
            null,
            List.of(
                quota(A, "1200", flat.split(new BigDecimal("1200"))),
                quota(B, "1200", flat.split(new BigDecimal("1200")))));
    List<BigDecimal> aBookings =
        new java.util.ArrayList<>(java.util.Collections.nCopies(12, BigDecimal.ZERO));
    aBookings.set(0, new BigDecimal("150")); // January
    aBookings.set(3, new BigDecimal("30")); // April
    List<QuotaAttainment.Row> rows =
        QuotaAttainment.rows(plan, Map.of(A, aBookings), Period.QUARTER);

    // 4 quarters for A, B and the plan
    assertThat(rows).hasSize(12);
    QuotaAttainment.Row aQ1 = rows.get(0);
    assertThat(aQ1.period()).isEqualTo("2027-Q1");
    assertThat(aQ1.quota()).isEqualByComparingTo("300"); // 3 months of 100
    assertThat(aQ1.bookings()).isEqualByComparingTo("150");
    assertThat(aQ1.attainment()).isEqualTo(0.5);
    assertThat(rows.get(1).attainment()).isEqualTo(0.1); // Q2: 30 / 300
    assertThat(rows.get(4).attainment()).isEqualTo(0.0); // B, Q1: nothing booked
    QuotaAttainment.Row planQ1 = rows.get(8);
    assertThat(planQ1.territoryId()).isNull();
    assertThat(planQ1.quota()).isEqualByComparingTo("600");
    assertThat(planQ1.attainment()).isEqualTo(0.25); // 150 / 600

    List<QuotaAttainment.Row> year = QuotaAttainment.rows(plan, Map.of(A, aBookings), Period.YEAR);
    assertThat(year.get(2).attainment()).isEqualTo(0.075); // 180 / 2400
  }

  private static TerritoryQuota quota(UUID id, String annual, List<BigDecimal> months) {
    return new TerritoryQuota(
        id, null, 1, BigDecimal.ONE, null, new BigDecimal(annual), months, false);
  }

  private static Map<UUID, BigDecimal> potentials(String a, String b, String c) {
    Map<UUID, BigDecimal> potentials = new LinkedHashMap<>();
    potentials.put(A, new BigDecimal(a));
    potentials.put(B, new BigDecimal(b));
    potentials.put(C, new BigDecimal(c));
    return potentials;
  }

  private static List<BigDecimal> weights(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
  }

  private static BigDecimal decimal(String value) {
    return new BigDecimal(value);
  }
}
