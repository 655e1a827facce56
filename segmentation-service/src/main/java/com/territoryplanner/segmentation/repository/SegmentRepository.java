package com.territoryplanner.segmentation.repository;

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

@ApplicationScoped
public class SegmentRepository {

  private final EntityManager entityManager;

  SegmentRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
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
