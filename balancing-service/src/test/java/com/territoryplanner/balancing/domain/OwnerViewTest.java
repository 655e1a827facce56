package com.territoryplanner.balancing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OwnerViewTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  @Test
  void aChangeMadeTodayCountsFromTodayOrFromAPlanStartStillAhead() {
    assertThat(owner(TODAY.minusMonths(1)).fromToday(TODAY).effectiveFrom()).isEqualTo(TODAY);
    assertThat(owner(null).fromToday(TODAY).effectiveFrom()).isEqualTo(TODAY);
    assertThat(owner(TODAY.plusDays(25)).fromToday(TODAY).effectiveFrom())
        .isEqualTo(TODAY.plusDays(25));
  }

  private static OwnerView owner(LocalDate planStart) {
    return new OwnerView(
        "A-1",
        UUID.randomUUID(),
        UUID.randomUUID(),
        "North",
        UUID.randomUUID(),
        "Ada",
        planStart,
        "UNIT",
        null);
  }
}
