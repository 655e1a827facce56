package com.territoryplanner.balancing.engine.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VacancyHandoverTest {

  private static final int TERRITORIES = 9;
  private static final double TOLERANCE = 0.05;

  private static final UnitGraph graph = Grids.grid(30, 30, List.of("potential"), 20, 200);

  private static final DesignSpec spec =
      new DesignSpec(
          TERRITORIES,
          List.of(new MetricGoal(0, 1, TOLERANCE)),
          null,
          null,
          null,
          null,
          null,
          Duration.ofSeconds(1),
          3,
          2,
          null);

  // one design shared by the tests, which only read it
  private static final int[] before = TerritoryDesigner.design(graph, spec).territoryOf();

  @Test
  void onlyTheBorderingTerritoriesTakeTheVacatedUnitsAndNoneOfTheirOwnMoves() {
    int vacant = territoryOf(15, 15);

    VacancyHandover.Handover handover = VacancyHandover.handOver(graph, spec, before, vacant, 0);

    int[] after = handover.territoryOf();
    assertThat(Arrays.stream(after).boxed().collect(Collectors.toSet())).doesNotContain(vacant);
    assertThat(Arrays.stream(handover.receivers()).boxed().toList())
        .containsExactlyElementsOf(bordering(vacant));
    for (int u = 0; u < graph.size(); u++) {
      if (before[u] != vacant) {
        assertThat(after[u]).as("unit %s keeps its territory", graph.id(u)).isEqualTo(before[u]);
      } else {
        assertThat(handover.receivers()).contains(after[u]);
      }
    }
    assertThat(TerritoryPieces.of(graph, after).perTerritory(TERRITORIES))
        .as("pieces per territory; the vacated one has none")
        .containsExactly(piecesExpected(vacant));
  }

  @Test
  void theReceiversShareTheVacancyWithinTheTolerance() {
    int vacant = territoryOf(15, 15);

    VacancyHandover.Handover handover = VacancyHandover.handOver(graph, spec, before, vacant, 0);

    int[] receivers = handover.receivers();
    double together = 0;
    for (int u = 0; u < graph.size(); u++) {
      if (before[u] == vacant || Arrays.binarySearch(receivers, before[u]) >= 0) {
        together += graph.metric(0, u);
      }
    }
    double share = together / receivers.length;
    double[] load = new double[TERRITORIES];
    for (int u = 0; u < graph.size(); u++) {
      load[handover.territoryOf()[u]] += graph.metric(0, u);
    }
    for (int t : receivers) {
      assertThat(load[t] / share)
          .as("receiver %d against an even share of the vacancy", t)
          .isBetween(1 - TOLERANCE, 1 + TOLERANCE);
    }
    assertThat(handover.local().report().feasible()).isTrue();
  }

  @Test
  void aTradeAllowanceLetsTheReceiversSwapSomeOfTheirOwnUnits() {
    int vacant = territoryOf(15, 15);

    VacancyHandover.Handover handover = VacancyHandover.handOver(graph, spec, before, vacant, 0.05);

    long moved =
        IntStream.range(0, graph.size())
            .filter(u -> before[u] != vacant && handover.territoryOf()[u] != before[u])
            .count();
    long receiverUnits =
        IntStream.range(0, graph.size())
            .filter(u -> Arrays.binarySearch(handover.receivers(), before[u]) >= 0)
            .count();
    assertThat(moved)
        .isLessThanOrEqualTo((long) Math.floor(0.05 * (receiverUnits + vacantUnits(vacant))));
    for (int u = 0; u < graph.size(); u++) {
      if (before[u] != vacant && Arrays.binarySearch(handover.receivers(), before[u]) < 0) {
        assertThat(handover.territoryOf()[u]).isEqualTo(before[u]);
      }
    }
  }

  @Test
  void unitsInNoTerritoryStayOutAndATerritoryWithNoNeighbourIsRefused() {
    int[] partial = before.clone();
    int vacant = territoryOf(15, 15);
    partial[0] = -1;

    int[] after = VacancyHandover.handOver(graph, spec, partial, vacant, 0).territoryOf();
    assertThat(after[0]).isEqualTo(-1);

    int[] alone = new int[graph.size()];
    assertThatThrownBy(() -> VacancyHandover.handOver(graph, spec, alone, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("borders no other territory");
  }

  private static int territoryOf(int row, int col) {
    for (int u = 0; u < graph.size(); u++) {
      if (graph.id(u).equals(Grids.id(row, col))) {
        return before[u];
      }
    }
    throw new IllegalArgumentException("no unit at " + row + "," + col);
  }

  private long vacantUnits(int vacant) {
    return Arrays.stream(before).filter(t -> t == vacant).count();
  }

  private Set<Integer> bordering(int vacant) {
    Set<Integer> bordering = new TreeSet<>();
    for (int u = 0; u < graph.size(); u++) {
      for (int i = graph.neighbourStart(u); before[u] == vacant && i < graph.neighbourEnd(u); i++) {
        if (before[graph.neighbourAt(i)] != vacant) {
          bordering.add(before[graph.neighbourAt(i)]);
        }
      }
    }
    return bordering;
  }

  private int[] piecesExpected(int vacant) {
    int[] pieces = new int[TERRITORIES];
    Arrays.fill(pieces, 1);
    pieces[vacant] = 0;
    return pieces;
  }
}
