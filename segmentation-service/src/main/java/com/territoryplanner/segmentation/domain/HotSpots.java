package com.territoryplanner.segmentation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds hot spots on a heat map: a cell is hot when its potential (in one currency) is at least
 * {@code minCellShare} of a rep's capacity; hot cells that share an edge form a cluster; a cluster
 * is a hot spot when its potential reaches at least one rep's capacity. Hot spots come largest
 * first.
 */
public final class HotSpots {

  private HotSpots() {}

  public static List<HotSpot> find(
      List<HeatCell> cells, String currency, BigDecimal capacity, double minCellShare) {
    BigDecimal hot = capacity.multiply(BigDecimal.valueOf(minCellShare));
    Map<Long, HeatCell> hotCells = new HashMap<>();
    for (HeatCell cell : cells) {
      BigDecimal potential = potential(cell, currency);
      if (potential.signum() > 0 && potential.compareTo(hot) >= 0) {
        hotCells.put(cell.cell(), cell);
      }
    }
    List<HotSpot> spots = new ArrayList<>();
    while (!hotCells.isEmpty()) {
      List<HeatCell> cluster = cluster(hotCells, hotCells.keySet().iterator().next());
      HotSpot spot = summarise(cluster, currency, capacity);
      if (spot.reps() >= 1) {
        spots.add(spot);
      }
    }
    spots.sort(Comparator.comparing(HotSpot::potential).reversed());
    return spots;
  }

  /** Takes the seed's connected hot cells out of the pool (breadth first). */
  private static List<HeatCell> cluster(Map<Long, HeatCell> pool, long seed) {
    List<HeatCell> cluster = new ArrayList<>();
    Deque<Long> frontier = new ArrayDeque<>(List.of(seed));
    cluster.add(pool.remove(seed));
    while (!frontier.isEmpty()) {
      for (long next : HexGrid.neighbours(frontier.poll())) {
        HeatCell cell = pool.remove(next);
        if (cell != null) {
          cluster.add(cell);
          frontier.add(next);
        }
      }
    }
    return cluster;
  }

  private static HotSpot summarise(List<HeatCell> cluster, String currency, BigDecimal capacity) {
    long accounts = 0;
    long customers = 0;
    long competitors = 0;
    BigDecimal potential = BigDecimal.ZERO;
    double lon = 0;
    double lat = 0;
    List<Long> ids = new ArrayList<>();
    for (HeatCell cell : cluster) {
      ids.add(cell.cell());
      accounts += cell.accounts();
      customers += cell.customers();
      competitors += cell.competitors();
      BigDecimal cellPotential = potential(cell, currency);
      potential = potential.add(cellPotential);
      double[] centre = HexGrid.centre(cell.cell());
      lon += centre[0] * cellPotential.doubleValue();
      lat += centre[1] * cellPotential.doubleValue();
    }
    ids.sort(Comparator.naturalOrder());
    double weight = potential.doubleValue();
    return new HotSpot(
        ids,
        accounts,
        customers,
        competitors,
        potential,
        potential.divide(capacity, 0, RoundingMode.DOWN).intValueExact(),
        new double[] {lon / weight, lat / weight});
  }

  private static BigDecimal potential(HeatCell cell, String currency) {
    return cell.potential().getOrDefault(currency, BigDecimal.ZERO);
  }
}
