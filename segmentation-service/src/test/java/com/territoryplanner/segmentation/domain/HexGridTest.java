package com.territoryplanner.segmentation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HexGridTest {

  @Test
  void aCellsBoundaryIsAClosedHexagonAroundItsPoints() {
    long cell = HexGrid.cell(40.75, -73.99, 6);
    double[][] ring = HexGrid.ring(cell);

    assertThat(ring.length).isEqualTo(7);
    assertThat(ring[6]).isEqualTo(ring[0]);
    // the middle of two opposite corners lies in the same cell
    double lon = (ring[0][0] + ring[3][0]) / 2;
    double lat = (ring[0][1] + ring[3][1]) / 2;
    assertThat(HexGrid.cell(lat, lon, 6)).isEqualTo(cell);
    assertThat(HexGrid.address(cell)).hasSize(15).startsWith("862a");
  }

  @Test
  void theZoomChoosesTheResolution() {
    assertThat(HexGrid.resolutionForZoom(3)).isEqualTo(4);
    assertThat(HexGrid.resolutionForZoom(8)).isEqualTo(6);
    assertThat(HexGrid.resolutionForZoom(14)).isEqualTo(8);
  }
}
