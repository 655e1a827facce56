package com.territoryplanner.balancing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.territoryplanner.balancing.engine.design.UnitGraph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitAdjacencyTest {

  @Test
  void neighboursAreDelaunayNeighboursAndSharedPointsHangTogether() {
    // a square of four postal codes; two accounts share the north-east corner
    List<BasicUnit> units =
        List.of(
            unit("sw", 40.0, -75.0),
            unit("se", 40.0, -74.0),
            unit("nw", 41.0, -75.0),
            unit("ne", 41.0, -74.0),
            unit("ne-2", 41.0, -74.0));

    UnitAdjacency.link(units);
    UnitGraph graph = UnitAdjacency.of(units);

    // the four sides and one diagonal of the square, plus the shared corner
    assertThat(edgeCount(graph)).isEqualTo(6);
    assertThat(neighbours(graph, 4)).containsExactly("ne");
    assertThat(neighbours(graph, 0)).contains("se", "nw");
    assertThat(units.get(3).getNeighbourIds()).contains("ne-2");
  }

  @Test
  void aGraphOfSomeUnitsLeavesOutNeighboursNotAmongThem() {
    List<BasicUnit> units =
        List.of(unit("a", 40.0, -75.0), unit("b", 40.0, -74.0), unit("c", 41.0, -74.5));
    UnitAdjacency.link(units);

    UnitGraph graph = UnitAdjacency.of(units.subList(0, 2));

    assertThat(edgeCount(graph)).isEqualTo(1);
    assertThat(neighbours(graph, 0)).containsExactly("b");
  }

  private static BasicUnit unit(String id, double lat, double lon) {
    return new BasicUnit(id, 100, 1, lat, lon, List.of(id), new long[0]);
  }

  private static int edgeCount(UnitGraph graph) {
    int ends = 0;
    for (int u = 0; u < graph.size(); u++) {
      ends += graph.neighbourEnd(u) - graph.neighbourStart(u);
    }
    return ends / 2;
  }

  private static List<String> neighbours(UnitGraph graph, int unit) {
    List<String> ids = new ArrayList<>();
    for (int i = graph.neighbourStart(unit); i < graph.neighbourEnd(unit); i++) {
      ids.add(graph.id(graph.neighbourAt(i)));
    }
    return ids;
  }
}
