package com.territoryplanner.balancing.engine.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitGraphTest {

  @Test
  void keepsEachEdgeOnceInBothDirections() {
    UnitGraph graph =
        UnitGraph.builder(List.of("population"))
            .unit("a", 40, -75, 10)
            .unit("b", 40, -74, 20)
            .unit("c", 41, -74, 30)
            .edge("a", "b")
            .edge("b", "a")
            .edge("b", "c")
            .edge("c", "c")
            .build();

    assertThat(neighbours(graph, 0)).containsExactly("b");
    assertThat(neighbours(graph, 1)).containsExactly("a", "c");
    assertThat(neighbours(graph, 2)).containsExactly("b");
    assertThat(graph.metricTotal(0)).isEqualTo(60);
  }

  @Test
  void measuresDistancesInKilometres() {
    UnitGraph graph =
        UnitGraph.builder(List.of("population")).unit("a", 0, 0, 1).unit("b", 1, 0, 1).build();

    // One degree of latitude is about 111.2 km.
    assertThat(graph.distanceKm(0, 1)).isBetween(111.1, 111.3);
  }

  @Test
  void rejectsInputThatCannotBePartitioned() {
    UnitGraph.Builder builder = UnitGraph.builder(List.of("population")).unit("a", 0, 0, 1);

    assertThatThrownBy(() -> builder.unit("a", 1, 1, 1)).hasMessageContaining("appears twice");
    assertThatThrownBy(() -> builder.unit("b", 1, 1, -5)).hasMessageContaining("metric value -5.0");
    assertThatThrownBy(() -> builder.unit("c", 1, 1, Double.NaN))
        .hasMessageContaining("metric value NaN");
    assertThatThrownBy(() -> builder.unit("d", 1, 1, 1, 2))
        .hasMessageContaining("has 2 metric values, expected 1");
    assertThatThrownBy(() -> builder.edge("a", "zz")).hasMessageContaining("unknown unit");
  }

  private static List<String> neighbours(UnitGraph graph, int unit) {
    List<String> ids = new ArrayList<>();
    for (int i = graph.neighbourStart(unit); i < graph.neighbourEnd(unit); i++) {
      ids.add(graph.id(graph.neighbourAt(i)));
    }
    return ids;
  }
}
