package com.territoryplanner.segmentation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HotSpotsTest {

  private static final BigDecimal CAPACITY = new BigDecimal("100000");

  /** A resolution-6 cell in Boston, and cells around it. */
  private final long boston = HexGrid.cell(42.3601, -71.0589, 6);

  private final List<Long> ring = HexGrid.neighbours(boston);
  private final long chicago = HexGrid.cell(41.88, -87.63, 6);
  private final long denver = HexGrid.cell(39.74, -104.99, 6);

  @Test
  void adjacentHotCellsFormOneSpotAndColdOrLonelyCellsDoNot() {
    List<HeatCell> cells = new ArrayList<>();
    cells.add(cell(boston, 3, 1, "40000", 2));
    cells.add(cell(ring.get(0), 2, 0, "40000", 0));
    cells.add(cell(ring.get(1), 1, 1, "40000", 1));
    cells.add(cell(ring.get(3), 9, 9, "4999.99", 0)); // adjacent, but below 5 % of capacity
    cells.add(cell(denver, 1, 0, "99999.99", 0)); // hot but alone below one capacity
    cells.add(cell(chicago, 4, 2, "250000", 0)); // alone, two and a half reps' worth

    List<HotSpot> spots = HotSpots.find(cells, "USD", CAPACITY, 0.05);

    assertThat(spots).hasSize(2);
    HotSpot chicagoSpot = spots.get(0);
    assertThat(chicagoSpot.cells()).containsExactly(chicago);
    assertThat(chicagoSpot.reps()).isEqualTo(2);
    HotSpot bostonSpot = spots.get(1);
    assertThat(bostonSpot.cells())
        .containsExactlyInAnyOrder(boston, ring.get(0), ring.get(1))
        .doesNotContain(ring.get(3));
    assertThat(bostonSpot.potential()).isEqualByComparingTo("120000");
    assertThat(bostonSpot.accounts()).isEqualTo(6);
    assertThat(bostonSpot.customers()).isEqualTo(2);
    assertThat(bostonSpot.competitors()).isEqualTo(3);
    assertThat(bostonSpot.reps()).isEqualTo(1);
    assertThat(bostonSpot.centre()[0]).isBetween(-71.2, -70.9);
    assertThat(bostonSpot.centre()[1]).isBetween(42.2, 42.5);
  }

  @Test
  void onlyThePotentialInTheAskedCurrencyCounts() {
    HeatCell euros = new HeatCell(chicago, 1, 0, Map.of("EUR", new BigDecimal("500000")), 0, 0);

    assertThat(HotSpots.find(List.of(euros), "USD", CAPACITY, 0.05)).isEmpty();
    assertThat(HotSpots.find(List.of(euros), "EUR", CAPACITY, 0.05)).hasSize(1);
  }

  @Test
  void theOutlineOfAClusterIsOnePolygonAroundItsCells() {
    List<List<double[][]>> outline = HexGrid.outline(List.of(boston, ring.get(0), ring.get(1)));

    assertThat(outline).hasSize(1);
    double[][] outer = outline.get(0).get(0);
    assertThat(outer[0]).isEqualTo(outer[outer.length - 1]);
  }

  private static HeatCell cell(
      long id, long accounts, long customers, String potential, long competitors) {
    return new HeatCell(
        id, accounts, customers, Map.of("USD", new BigDecimal(potential)), competitors, 0);
  }
}
