package com.territoryplanner.balancing.engine.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DiameterPolishTest {

  @Test
  void theWidestTerritoryHandsAnEndToANarrowerNeighbour() {
    UnitGraph path = PartitionTest.path(6);
    DesignSpec spec = DesignSpec.balanceAll(path, 2, 0.9, Duration.ofSeconds(1));
    Partition partition = new Partition(path, spec, new int[] {0, 0, 0, 0, 1, 1});

    new DiameterPolish(partition, spec, Bands.of(path, spec, 1), Double.POSITIVE_INFINITY)
        .run(System.nanoTime() + Duration.ofSeconds(1).toNanos());

    assertThat(partition.assignment()).containsExactly(0, 0, 0, 1, 1, 1);
  }

  @Test
  void balanceBandsHoldEvenAgainstAShorterDrive() {
    UnitGraph path = PartitionTest.path(6);
    // values 1..6, target 10.5: handing unit 4 (value 4) over would put territory 1 at 15/10.5,
    // outside a +-30% band
    DesignSpec spec = DesignSpec.balanceAll(path, 2, 0.3, Duration.ofSeconds(1));
    Partition partition = new Partition(path, spec, new int[] {0, 0, 0, 0, 1, 1});

    new DiameterPolish(partition, spec, Bands.of(path, spec, 1), Double.POSITIVE_INFINITY)
        .run(System.nanoTime() + Duration.ofSeconds(1).toNanos());

    assertThat(partition.assignment()).containsExactly(0, 0, 0, 0, 1, 1);
  }
}
