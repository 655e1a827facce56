package com.territoryplanner.balancing.engine.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DesignReportTest {

  @Test
  void measuresBalanceContiguityAndShapeByHand() {
    // values 1..5 along a path, units 0.1 degree (11.12 km) apart at the equator
    UnitGraph path = PartitionTest.path(5);
    DesignSpec spec = DesignSpec.balanceAll(path, 2, 0.2, Duration.ofSeconds(1));

    DesignReport report = DesignReport.of(path, spec, new int[] {0, 0, 0, 1, 1});

    // loads 6 and 9 against a mean of 7.5
    assertThat(report.metrics().get(0).minRatio()).isCloseTo(0.8, within(1e-9));
    assertThat(report.metrics().get(0).maxRatio()).isCloseTo(1.2, within(1e-9));
    assertThat(report.feasible()).isTrue();
    assertThat(report.nonContiguous()).isZero();
    assertThat(report.maxDiameterKm()).isCloseTo(2 * 11.1195, within(0.01));
    // territory 0: weights 1,2,3 at 0, d, 2d, centroid 8d/6; territory 1: weights 4,5 at 3d, 4d
    double d = 11.1195;
    double first = (1 * (8 * d / 6) + 2 * (2 * d / 6) + 3 * (4 * d / 6));
    double second = 4 * (5 * d / 9) + 5 * (4 * d / 9);
    assertThat(report.compactnessKm()).isCloseTo((first + second) / 15, within(0.01));
  }

  @Test
  void aSplitTerritoryOrAnEmptyOneIsNotFeasible() {
    UnitGraph path = PartitionTest.path(5);
    DesignSpec spec = DesignSpec.balanceAll(path, 3, 0.9, Duration.ofSeconds(1));

    DesignReport split = DesignReport.of(path, spec, new int[] {0, 1, 0, 2, 2});
    DesignReport empty = DesignReport.of(path, spec, new int[] {0, 0, 0, 1, 1});

    assertThat(split.nonContiguous()).isEqualTo(1);
    assertThat(split.feasible()).isFalse();
    assertThat(empty.emptyTerritories()).isEqualTo(1);
    assertThat(empty.feasible()).isFalse();
  }
}
