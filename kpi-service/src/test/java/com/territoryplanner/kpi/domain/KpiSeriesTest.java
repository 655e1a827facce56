package com.territoryplanner.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.territoryplanner.kpi.domain.KpiSeries.Monthly;
import com.territoryplanner.kpi.domain.KpiSeries.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KpiSeriesTest {

  private static final KpiGroup NORTH = new KpiGroup(UUID.randomUUID(), "North", null, null, null);
  private static final LocalDate FROM = LocalDate.of(2026, 1, 15);
  private static final LocalDate TO = LocalDate.of(2026, 12, 31);

  private static final List<Monthly<OpportunityTotals>> MONTHS =
      List.of(
          won(LocalDate.of(2026, 1, 1), "USD", "100"),
          won(LocalDate.of(2026, 2, 1), "USD", "200"),
          won(LocalDate.of(2026, 2, 1), "EUR", "50"),
          new Monthly<>(
              NORTH,
              LocalDate.of(2026, 4, 1),
              "USD",
              new OpportunityTotals(BigDecimal.ZERO, 0, 1, BigDecimal.ZERO, 0, 0, 0)));

  @Test
  void monthsSumIntoQuartersPerCurrencyAndTheFirstBucketStartsAtTheRange() {
    List<Row<OpportunityKpis>> quarters = KpiSeries.fold(MONTHS, Period.QUARTER, FROM, TO);

    assertThat(quarters)
        .extracting(Row::period, Row::currency, r -> r.kpis().bookings().toPlainString())
        .containsExactly(
            tuple("2026-Q1", "EUR", "50"),
            tuple("2026-Q1", "USD", "300"),
            tuple("2026-Q2", "USD", "0"));
    Row<OpportunityKpis> q1 = quarters.get(1);
    assertThat(q1.periodStart()).isEqualTo(FROM); // 1 January is outside the range
    assertThat(q1.periodEnd()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(q1.kpis().wonDeals()).isEqualTo(2);
    assertThat(q1.kpis().winRate()).isEqualTo(1.0);
    Row<OpportunityKpis> q2 = quarters.get(2);
    assertThat(q2.periodStart()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(q2.kpis().lostDeals()).isEqualTo(1);
    assertThat(q2.kpis().winRate()).isZero();
  }

  @Test
  void monthsYearsAndRangesAreLabelledAndBounded() {
    assertThat(KpiSeries.fold(MONTHS, Period.MONTH, FROM, TO))
        .extracting(Row::period)
        .containsExactly("2026-01", "2026-02", "2026-02", "2026-04");
    List<Row<OpportunityKpis>> year = KpiSeries.fold(MONTHS, Period.YEAR, FROM, TO);
    assertThat(year).extracting(Row::period).containsExactly("2026", "2026");
    Row<OpportunityKpis> usd = year.get(1);
    assertThat(usd.kpis().bookings()).isEqualByComparingTo("300");
    assertThat(usd.kpis().winRate()).isEqualTo(2.0 / 3); // 2 won, 1 lost
    List<Row<OpportunityKpis>> range = KpiSeries.fold(MONTHS, Period.RANGE, FROM, TO);
    assertThat(range).extracting(Row::period).containsOnly("2026-01-15..2026-12-31");
    assertThat(range).extracting(Row::periodEnd).containsOnly(TO);
  }

  private static Monthly<OpportunityTotals> won(LocalDate month, String currency, String amount) {
    return new Monthly<>(
        NORTH,
        month,
        currency,
        new OpportunityTotals(new BigDecimal(amount), 1, 0, BigDecimal.ZERO, 0, 0, 0));
  }
}
