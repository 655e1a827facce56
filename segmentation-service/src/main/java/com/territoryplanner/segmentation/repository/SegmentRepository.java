package com.territoryplanner.segmentation.repository;

import com.territoryplanner.segmentation.domain.HeatCell;
import com.territoryplanner.segmentation.domain.SizeTier;
import com.territoryplanner.segmentation.domain.TierSummary;
import com.territoryplanner.segmentation.domain.TierSummary.CurrencyTotal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@ApplicationScoped
public class SegmentRepository {

  private final EntityManager entityManager;

  SegmentRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Accounts, customers and potential per currency of the accounts placed inside the box, and the
   * competitor locations there, per H3 cell at the resolution (one of the stored ones): one
   * aggregate over the stored cells each.
   */
  public List<HeatCell> heatMap(
      int resolution, double minLon, double minLat, double maxLon, double maxLat) {
    String cell = "h3_r" + resolution;
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select "
                    + cell
                    + ", currency, count(*), sum(potential),"
                    + " count(*) filter (where lower(account_type) like 'customer%')"
                    + " from account_segment where "
                    + cell
                    + " is not null and latitude between :minLat and :maxLat"
                    + " and longitude between :minLon and :maxLon group by 1, 2 order by 1, 2")
            .setParameter("minLat", minLat)
            .setParameter("maxLat", maxLat)
            .setParameter("minLon", minLon)
            .setParameter("maxLon", maxLon)
            .getResultList();
    Map<Long, long[]> counts = new TreeMap<>(); // accounts, customers, competitors
    Map<Long, Map<String, BigDecimal>> potential = new TreeMap<>();
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      long[] cellCounts = counts.computeIfAbsent(id, k -> new long[3]);
      cellCounts[0] += ((Number) row[2]).longValue();
      cellCounts[1] += ((Number) row[4]).longValue();
      potential.computeIfAbsent(id, k -> new TreeMap<>()).put((String) row[1], (BigDecimal) row[3]);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> competitors =
        entityManager
            .createNativeQuery(
                "select "
                    + cell
                    + ", count(*) from competitor_fact"
                    + " where latitude between :minLat and :maxLat"
                    + " and longitude between :minLon and :maxLon group by 1")
            .setParameter("minLat", minLat)
            .setParameter("maxLat", maxLat)
            .setParameter("minLon", minLon)
            .setParameter("maxLon", maxLon)
            .getResultList();
    for (Object[] row : competitors) {
      counts.computeIfAbsent(((Number) row[0]).longValue(), k -> new long[3])[2] =
          ((Number) row[1]).longValue();
    }
    return counts.entrySet().stream()
        .map(
            entry ->
                new HeatCell(
                    entry.getKey(),
                    entry.getValue()[0],
                    entry.getValue()[1],
                    potential.getOrDefault(entry.getKey(), Map.of()),
                    entry.getValue()[2]))
        .toList();
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
