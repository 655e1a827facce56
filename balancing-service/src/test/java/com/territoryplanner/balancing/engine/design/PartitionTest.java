package com.territoryplanner.balancing.engine.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionTest {

  /** A path a-b-c-d-e split as {a,b,c} {d,e}. */
  private final UnitGraph path = path(5);

  private final DesignSpec spec = DesignSpec.balanceAll(path, 2, 0.1, Duration.ofSeconds(1));

  @Test
  void aCutVertexCannotLeaveItsTerritory() {
    Partition partition = new Partition(path, spec, new int[] {0, 0, 0, 1, 1});

    assertThat(partition.staysConnectedWithout(1)).isFalse();
    assertThat(partition.staysConnectedWithout(0)).isTrue();
    assertThat(partition.staysConnectedWithout(2)).isTrue();
  }

  @Test
  void movesKeepLoadsAndCentroidsCurrent() {
    Partition partition = new Partition(path, spec, new int[] {0, 0, 0, 1, 1});

    partition.move(2, 1);

    // values 1..5: territory 0 holds 1+2, territory 1 holds 3+4+5; targets are 7.5 each
    assertThat(partition.load(0, 0)).isEqualTo(3);
    assertThat(partition.load(1, 0)).isEqualTo(12);
    assertThat(partition.deviation(1, 0)).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(partition.size(1)).isEqualTo(3);
    double expectedX = 0;
    double weights = 0;
    for (int u = 2; u < 5; u++) {
      expectedX += partition.spreadWeight(u) * path.x(u);
      weights += partition.spreadWeight(u);
    }
    assertThat(partition.centroidX(1))
        .isCloseTo(expectedX / weights, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void repairHandsStrayPiecesToANeighbour() {
    // {a} and {c} belong to territory 0 but are separated by b of territory 1.
    Partition partition = new Partition(path, spec, new int[] {0, 1, 0, 0, 1});

    assertThat(ContiguityRepair.fragmentedTerritories(partition)).isEqualTo(2);
    assertThat(ContiguityRepair.repair(partition, spec)).isZero();
    assertThat(ContiguityRepair.fragmentedTerritories(partition)).isZero();
  }

  static UnitGraph path(int length) {
    UnitGraph.Builder builder = UnitGraph.builder(List.of("value"));
    for (int i = 0; i < length; i++) {
      builder.unit("u" + i, 0, i * 0.1, i + 1);
      if (i > 0) {
        builder.edge("u" + (i - 1), "u" + i);
      }
    }
    return builder.build();
  }
}
