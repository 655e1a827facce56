package com.territoryplanner.segmentation.repository;

import com.territoryplanner.segmentation.domain.HeatCell;
import com.territoryplanner.segmentation.domain.SizeTier;
import com.territoryplanner.segmentation.domain.TierSummary;
import com.territoryplanner.segmentation.domain.TierSummary.CurrencyTotal;
import com.territoryplanner.segmentation.repository.HeatCells.AccountTotals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@ApplicationScoped
public class SegmentRepository {

  private final EntityManager entityManager;
  private final HeatCells heatCells;

  SegmentRepository(EntityManager entityManager, HeatCells heatCells) {
    this.entityManager = entityManager;
    this.heatCells = heatCells;
  }

  /**
   * Writes the segment at once and stops tracking it. A batch or a chunk assesses many accounts in
   * one transaction, and every flush (one before each plain JDBC statement) would otherwise check
   * each account assessed before it again: the cost would grow with the square of its size.
   */
  public void store(AccountSegmentEntity segment) {
    entityManager.persist(segment);
    entityManager.flush();
    entityManager.detach(segment);
  }

  /**
   * Per H3 cell at the resolution (one of the stored ones): the accounts, customers and potential
   * per currency of the hexagons whose centre lies in the box (their kept totals, {@link
   * HeatCells}), and the competitor locations and the leads created since a day placed inside the
   * box (one aggregate over their stored cells each).
   */
  public List<HeatCell> heatMap(
      int resolution,
      double minLon,
      double minLat,
      double maxLon,
      double maxLat,
      LocalDate leadsSince) {
    String cell = "h3_r" + resolution;
    Map<Long, long[]> counts = new TreeMap<>(); // accounts, customers, competitors, leads
    Map<Long, Map<String, BigDecimal>> potential = new TreeMap<>();
    for (AccountTotals totals : heatCells.inBox(resolution, minLon, minLat, maxLon, maxLat)) {
      long[] cellCounts = counts.computeIfAbsent(totals.cell(), k -> new long[4]);
      cellCounts[0] += totals.accounts();
      cellCounts[1] += totals.customers();
      potential
          .computeIfAbsent(totals.cell(), k -> new TreeMap<>())
          .put(totals.currency(), totals.potential());
    }
    count(counts, 2, cell, "competitor_fact", "", minLon, minLat, maxLon, maxLat, null);
    count(
        counts,
        3,
        cell,
        "lead_fact",
        " and created_date >= :since",
        minLon,
        minLat,
        maxLon,
        maxLat,
        leadsSince);
    return counts.entrySet().stream()
        .map(
            entry ->
                new HeatCell(
                    entry.getKey(),
                    entry.getValue()[0],
                    entry.getValue()[1],
                    potential.getOrDefault(entry.getKey(), Map.of()),
                    entry.getValue()[2],
                    entry.getValue()[3]))
        .toList();
  }

  /** Adds the rows of a located fact table inside the box, per cell, to one of the counts. */
  private void count(
      Map<Long, long[]> counts,
      int index,
      String cell,
      String table,
      String condition,
      double minLon,
      double minLat,
      double maxLon,
      double maxLat,
      LocalDate since) {
    var query =
        entityManager
            .createNativeQuery(
                "select "
                    + cell
                    + ", count(*) from "
                    + table
                    + " where "
                    + cell
                    + " is not null and latitude between :minLat and :maxLat"
                    + " and longitude between :minLon and :maxLon"
                    + condition
                    + " group by 1")
            .setParameter("minLat", minLat)
            .setParameter("maxLat", maxLat)
            .setParameter("minLon", minLon)
            .setParameter("maxLon", maxLon);
    if (since != null) {
      query.setParameter("since", since);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    for (Object[] row : rows) {
      counts.computeIfAbsent(((Number) row[0]).longValue(), k -> new long[4])[index] =
          ((Number) row[1]).longValue();
    }
  }

  /** Every tier, also the empty ones, with accounts and potential per currency: one aggregate. */
  public List<TierSummary> summary() {
    List<Object[]> rows =
        entityManager
            .createQuery(
                "select s.sizeTier, s.currency, count(s), sum(s.potential)"
                    + " from AccountSegmentEntity s group by s.sizeTier, s.currency"
                    + " order by s.currency",
                Object[].class)
            .getResultList();
    Map<SizeTier, List<CurrencyTotal>> byTier = new EnumMap<>(SizeTier.class);
    for (SizeTier tier : SizeTier.values()) {
      byTier.put(tier, new ArrayList<>());
    }
    for (Object[] row : rows) {
      byTier
          .get((SizeTier) row[0])
          .add(new CurrencyTotal((String) row[1], (Long) row[2], (BigDecimal) row[3]));
    }
    return byTier.entrySet().stream()
        .map(
            e ->
                new TierSummary(
                    e.getKey(),
                    e.getValue().stream().mapToLong(CurrencyTotal::accounts).sum(),
                    List.copyOf(e.getValue())))
        .toList();
  }
}
