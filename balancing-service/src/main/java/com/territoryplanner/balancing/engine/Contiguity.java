package com.territoryplanner.balancing.engine;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** How far a territory's located units fall apart over their neighbours. */
public final class Contiguity {

  private Contiguity() {}

  /**
   * How many of the units lie outside the largest connected piece they form; 0 for a connected
   * territory.
   */
  public static int strandedUnits(Collection<BasicUnit> units) {
    Map<String, BasicUnit> byId = new HashMap<>();
    units.forEach(unit -> byId.put(unit.getId(), unit));
    Set<String> seen = new HashSet<>();
    Deque<BasicUnit> queue = new ArrayDeque<>();
    int largest = 0;
    for (BasicUnit start : units) {
      if (!seen.add(start.getId())) {
        continue;
      }
      int piece = 0;
      queue.add(start);
      while (!queue.isEmpty()) {
        BasicUnit unit = queue.poll();
        piece++;
        for (String neighbour : unit.getNeighbourIds()) {
          if (byId.containsKey(neighbour) && seen.add(neighbour)) {
            queue.add(byId.get(neighbour));
          }
        }
      }
      largest = Math.max(largest, piece);
    }
    return byId.size() - largest;
  }
}
