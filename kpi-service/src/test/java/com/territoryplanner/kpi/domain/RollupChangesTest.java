package com.territoryplanner.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.territoryplanner.kpi.domain.RollupChanges.Totals;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RollupChangesTest {

  private final UUID territory = UUID.randomUUID();

  @Test
  void aFirstAggregateIsAllNew() {
    List<TerritoryBookings> changed =
        RollupChanges.between(
            territory, "North", List.of(), totals("USD", "1250.50", 2, "EUR", "300", 1));

    assertThat(changed)
        .containsExactly(
            new TerritoryBookings(territory, "North", "USD", new BigDecimal("1250.50"), 2),
            new TerritoryBookings(territory, "North", "EUR", new BigDecimal("300"), 1));
  }

  @Test
  void equalFiguresAreNoChangeWhateverTheirScale() {
    List<TerritoryBookings> stored =
        List.of(new TerritoryBookings(territory, "North", "USD", new BigDecimal("1250.5000"), 2));

    assertThat(RollupChanges.between(territory, "North", stored, totals("USD", "1250.50", 2)))
        .isEmpty();
  }

  @Test
  void onlyTheChangedCurrencyIsReported() {
    List<TerritoryBookings> stored =
        List.of(
            new TerritoryBookings(territory, "North", "USD", new BigDecimal("100"), 1),
            new TerritoryBookings(territory, "North", "EUR", new BigDecimal("300"), 1));

    assertThat(
            RollupChanges.between(
                territory, "North", stored, totals("USD", "150", 2, "EUR", "300", 1)))
        .containsExactly(
            new TerritoryBookings(territory, "North", "USD", new BigDecimal("150"), 2));
  }

  @Test
  void aCurrencyThatDisappearedIsReportedOnceAsZero() {
    List<TerritoryBookings> stored =
        List.of(new TerritoryBookings(territory, "North", "USD", new BigDecimal("500"), 1));

    List<TerritoryBookings> changed = RollupChanges.between(territory, null, stored, Map.of());
    assertThat(changed)
        .containsExactly(new TerritoryBookings(territory, "North", "USD", BigDecimal.ZERO, 0));

    List<TerritoryBookings> zeroStored =
        List.of(new TerritoryBookings(territory, "North", "USD", new BigDecimal("0.0000"), 0));
    assertThat(RollupChanges.between(territory, null, zeroStored, Map.of())).isEmpty();
  }

  @Test
  void aRenamedTerritoryIsAChange() {
    List<TerritoryBookings> stored =
        List.of(new TerritoryBookings(territory, "North", "USD", new BigDecimal("100"), 1));

    assertThat(RollupChanges.between(territory, "North-East", stored, totals("USD", "100", 1)))
        .extracting(TerritoryBookings::territoryName)
        .containsExactly("North-East");
  }

  private static Map<String, Totals> totals(Object... currencyAmountDeals) {
    Map<String, Totals> totals = new LinkedHashMap<>();
    for (int i = 0; i < currencyAmountDeals.length; i += 3) {
      totals.put(
          (String) currencyAmountDeals[i],
          new Totals(
              new BigDecimal((String) currencyAmountDeals[i + 1]),
              ((Integer) currencyAmountDeals[i + 2]).longValue()));
    }
    return totals;
  }
}
