package com.territoryplanner.kpi.service;

import com.territoryplanner.kpi.config.KpiConfig;
import com.territoryplanner.kpi.domain.BalanceHealth;
import com.territoryplanner.kpi.domain.BalanceHealth.TerritoryHealth;
import com.territoryplanner.kpi.domain.BalanceTolerance;
import com.territoryplanner.kpi.domain.MetricSpread;
import com.territoryplanner.kpi.domain.ReviewKind;
import com.territoryplanner.kpi.repository.HealthStore;
import com.territoryplanner.kpi.repository.KpiFigures;
import com.territoryplanner.kpi.repository.PlanLocks;
import com.territoryplanner.kpi.repository.QuotaStore;
import com.territoryplanner.kpi.repository.QuotaStore.PlanTerritory;
import com.territoryplanner.kpi.service.QuotaService.QuotaYearToDate;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A plan's balance health: how evenly potential, workload and quota attainment are spread over its
 * territories, measured on demand and on a schedule and kept as a history. When a measurement finds
 * the plan out of tolerance and the one before did not, a drift review opens (unless one is open
 * already) and {@code plan-review.v1} says so.
 */
@ApplicationScoped
public class BalanceHealthService {

  /** Currency of a plan none of whose accounts has a potential yet. */
  private static final String FALLBACK_CURRENCY = "USD";

  private static final int HISTORY_LIMIT = 5000;

  private final HealthStore store;
  private final QuotaStore territories;
  private final QuotaService quotas;
  private final KpiFigures figures;
  private final ReviewService reviews;
  private final PlanLocks locks;
  private final KpiConfig config;

  BalanceHealthService(
      HealthStore store,
      QuotaStore territories,
      QuotaService quotas,
      KpiFigures figures,
      ReviewService reviews,
      PlanLocks locks,
      KpiConfig config) {
    this.store = store;
    this.territories = territories;
    this.quotas = quotas;
    this.figures = figures;
    this.reviews = reviews;
    this.locks = locks;
    this.config = config;
  }

  /** Measures the plan's balance now, keeps it, and opens a drift review when it left tolerance. */
  @Transactional
  public BalanceHealth measure(UUID planId) {
    locks.lock(planId);
    BalanceHealth health = current(planId);
    boolean wasWithin = store.latest(planId).map(BalanceHealth::withinTolerance).orElse(true);
    store.save(health);
    if (!health.withinTolerance() && wasWithin && !reviews.hasOpen(planId, ReviewKind.DRIFT)) {
      Map<UUID, String> names = new HashMap<>();
      health.territories().forEach(t -> names.put(t.territoryId(), t.territoryName()));
      reviews.open(
          planId,
          ReviewKind.DRIFT,
          null,
          "Balance drifted out of tolerance",
          health.breaches().stream()
              .map(breach -> describe(breach, names))
              .collect(Collectors.joining("; ")),
          health.breaches());
    }
    return health;
  }

  /** The plan's balance now, neither kept nor acted on. */
  @Transactional
  public BalanceHealth current(UUID planId) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Optional<QuotaYearToDate> attainment = quotas.yearToDate(planId, today);
    String currency =
        attainment
            .map(QuotaYearToDate::currency)
            .or(() -> store.potentialCurrency(planId))
            .orElse(FALLBACK_CURRENCY);
    List<PlanTerritory> planTerritories = territories.territoriesOf(planId, currency);
    if (planTerritories.isEmpty()) {
      throw ApiProblem.notFound("Plan (no account has been assigned in it)", planId);
    }
    Map<UUID, String> names =
        figures.territoryNames(planTerritories.stream().map(PlanTerritory::territoryId).toList());
    Map<UUID, Double> attained = attainment.map(QuotaYearToDate::attainment).orElse(Map.of());
    return BalanceHealth.measure(
        planId,
        Instant.now(),
        currency,
        planTerritories.stream()
            .map(
                t ->
                    new TerritoryHealth(
                        t.territoryId(),
                        names.get(t.territoryId()),
                        t.accounts(),
                        t.potential(),
                        attained.get(t.territoryId())))
            .toList(),
        policy(planId));
  }

  /** The plans that own an account today. */
  @Transactional
  public List<UUID> currentPlans() {
    return store.currentPlans();
  }

  /** Measurements in the range, oldest first, without their territories. */
  @Transactional
  public List<BalanceHealth> history(UUID planId, String from, String to) {
    Instant end = instant("to", to, 1, Instant.now());
    Instant start = instant("from", from, 0, end.minus(Duration.ofDays(365)));
    return store.history(planId, start, end, HISTORY_LIMIT, false);
  }

  /** The plan's tolerances, or the configured defaults. */
  @Transactional
  public BalanceTolerance policy(UUID planId) {
    return store
        .policy(planId)
        .orElseGet(
            () ->
                new BalanceTolerance(
                    config.health().potentialTolerance(),
                    config.health().workloadTolerance(),
                    config.health().attainmentTolerance()));
  }

  /** Sets the plan's tolerances; a missing one keeps its current value. */
  @Transactional
  public BalanceTolerance setPolicy(
      UUID planId, Double potential, Double workload, Double attainment) {
    List<Violation> violations = new ArrayList<>();
    checkTolerance("potentialTolerance", potential, violations);
    checkTolerance("workloadTolerance", workload, violations);
    checkTolerance("attainmentTolerance", attainment, violations);
    if (!violations.isEmpty()) {
      throw ApiProblem.invalid("The tolerances are invalid", violations);
    }
    BalanceTolerance current = policy(planId);
    BalanceTolerance tolerance =
        new BalanceTolerance(
            potential == null ? current.potential() : potential,
            workload == null ? current.workload() : workload,
            attainment == null ? current.attainment() : attainment);
    store.savePolicy(planId, tolerance);
    return tolerance;
  }

  private static void checkTolerance(String field, Double value, List<Violation> violations) {
    if (value != null && !(value > 0 && value <= BalanceTolerance.MAX)) {
      violations.add(Violation.field(field, "must be above 0 and at most " + BalanceTolerance.MAX));
    }
  }

  private static String describe(MetricSpread breach, Map<UUID, String> names) {
    String territory = names.get(breach.furthest());
    return String.format(
        Locale.ROOT,
        "%s spread %.1f%% exceeds %.1f%% (furthest: %s)",
        breach.metric(),
        breach.spread() * 100,
        breach.tolerance() * 100,
        territory == null || territory.isBlank() ? breach.furthest() : territory);
  }

  /** An instant, or a date's midnight UTC {@code daysAfter} days later. */
  private static Instant instant(String field, String value, int daysAfter, Instant fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    String text = value.trim();
    try {
      return text.length() == 10
          ? LocalDate.parse(text).plusDays(daysAfter).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw ApiProblem.invalid(
          "The health query is invalid",
          List.of(Violation.field(field, "'" + value + "' is not a date or an ISO-8601 instant")));
    }
  }
}
