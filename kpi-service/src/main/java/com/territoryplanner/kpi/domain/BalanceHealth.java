package com.territoryplanner.kpi.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A plan's balance at one moment: how evenly potential, workload (accounts) and quota attainment
 * are spread over its territories, against the plan's tolerances.
 *
 * @param attainment null when the plan has no quota for the year
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BalanceHealth(
    UUID planId,
    Instant measuredAt,
    String currency,
    MetricSpread potential,
    MetricSpread workload,
    MetricSpread attainment,
    boolean withinTolerance,
    List<TerritoryHealth> territories) {

  /**
   * One territory's figures.
   *
   * @param attainment year-to-date bookings / year-to-date quota; null without a quota
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TerritoryHealth(
      UUID territoryId,
      String territoryName,
      long accounts,
      BigDecimal potential,
      Double attainment) {}

  public static BalanceHealth measure(
      UUID planId,
      Instant at,
      String currency,
      List<TerritoryHealth> territories,
      BalanceTolerance tolerance) {
    Map<UUID, Double> potential = new LinkedHashMap<>();
    Map<UUID, Double> workload = new LinkedHashMap<>();
    Map<UUID, Double> attainment = new LinkedHashMap<>();
    for (TerritoryHealth territory : territories) {
      potential.put(territory.territoryId(), territory.potential().doubleValue());
      workload.put(territory.territoryId(), (double) territory.accounts());
      if (territory.attainment() != null) {
        attainment.put(territory.territoryId(), territory.attainment());
      }
    }
    MetricSpread potentialSpread = MetricSpread.of("potential", potential, tolerance.potential());
    MetricSpread workloadSpread = MetricSpread.of("workload", workload, tolerance.workload());
    MetricSpread attainmentSpread =
        attainment.isEmpty()
            ? null
            : MetricSpread.of("attainment", attainment, tolerance.attainment());
    return new BalanceHealth(
        planId,
        at,
        currency,
        potentialSpread,
        workloadSpread,
        attainmentSpread,
        Stream.of(potentialSpread, workloadSpread, attainmentSpread)
            .filter(Objects::nonNull)
            .allMatch(MetricSpread::within),
        List.copyOf(territories));
  }

  /** The metrics out of tolerance. */
  public List<MetricSpread> breaches() {
    return Stream.of(potential, workload, attainment)
        .filter(Objects::nonNull)
        .filter(metric -> !metric.within())
        .toList();
  }
}
