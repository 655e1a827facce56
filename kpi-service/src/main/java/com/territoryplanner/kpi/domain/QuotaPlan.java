package com.territoryplanner.kpi.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A plan's quotas for one year: the company target, how it is spread over the months, and each
 * territory's part. Every amount is in {@code currency}.
 *
 * @param assigned the sum of the territories' quotas: the target, unless quotas set by hand add up
 *     to more than it
 */
public record QuotaPlan(
    UUID planId,
    int year,
    String currency,
    BigDecimal target,
    List<BigDecimal> seasonality,
    BigDecimal assigned,
    List<TerritoryQuota> territories) {
  /** This plan with each territory's name and potential share, and the quotas' sum. */
  public QuotaPlan described(Map<UUID, String> names) {
    BigDecimal potential =
        territories.stream()
            .map(t -> t.potential().max(BigDecimal.ZERO))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    List<TerritoryQuota> described =
        territories.stream()
            .map(
                t ->
                    new TerritoryQuota(
                        t.territoryId(),
                        names.get(t.territoryId()),
                        t.accounts(),
                        t.potential(),
                        potential.signum() == 0
                            ? null
                            : t.potential()
                                .max(BigDecimal.ZERO)
                                .divide(potential, 6, RoundingMode.HALF_UP)
                                .doubleValue(),
                        t.annual(),
                        t.months(),
                        t.edited()))
            .toList();
    return new QuotaPlan(
        planId,
        year,
        currency,
        target,
        seasonality,
        territories.stream().map(TerritoryQuota::annual).reduce(BigDecimal.ZERO, BigDecimal::add),
        described);
  }
}
