package com.territoryplanner.kpi.service;

import com.territoryplanner.kpi.domain.KpiGroup;
import com.territoryplanner.kpi.domain.KpiSeries.Monthly;
import com.territoryplanner.kpi.domain.OpportunityTotals;
import com.territoryplanner.kpi.domain.Period;
import com.territoryplanner.kpi.domain.QuotaAttainment;
import com.territoryplanner.kpi.domain.QuotaPlan;
import com.territoryplanner.kpi.domain.QuotaSpread;
import com.territoryplanner.kpi.domain.Seasonality;
import com.territoryplanner.kpi.domain.TerritoryQuota;
import com.territoryplanner.kpi.repository.KpiFigures;
import com.territoryplanner.kpi.repository.KpiFigures.Filter;
import com.territoryplanner.kpi.repository.KpiFigures.GroupBy;
import com.territoryplanner.kpi.repository.PlanLocks;
import com.territoryplanner.kpi.repository.QuotaStore;
import com.territoryplanner.kpi.repository.QuotaStore.PlanTerritory;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Quotas per territory of a plan: a company target spread by each territory's share of the plan's
 * potential and over the months by seasonality, editable territory by territory; attainment is
 * bookings credited to the territory in the quota's currency against its quota.
 */
@ApplicationScoped
public class QuotaService {

  private static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1e15");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private final QuotaStore store;
  private final KpiFigures figures;
  private final PlanLocks locks;

  QuotaService(QuotaStore store, KpiFigures figures, PlanLocks locks) {
    this.store = store;
    this.figures = figures;
    this.locks = locks;
  }

  /**
   * Spreads {@code target} over the plan's territories by potential share, keeping quotas set by
   * hand, and over the months by {@code seasonality} (12 monthly or 4 quarterly weights; none is
   * flat). Replaces the year's quotas.
   */
  @Transactional
  public QuotaPlan setTarget(
      UUID planId, int year, BigDecimal target, String currency, List<BigDecimal> seasonality) {
    List<Violation> violations = new ArrayList<>();
    checkYear(year, violations);
    checkAmount("amount", target, violations);
    if (currency == null || !CURRENCY.matcher(currency).matches()) {
      violations.add(Violation.field("currency", "must be an ISO 4217 code such as USD"));
    }
    Seasonality months = Seasonality.FLAT;
    try {
      months = Seasonality.of(seasonality);
    } catch (IllegalArgumentException e) {
      violations.add(Violation.field("seasonality", e.getMessage()));
    }
    if (!violations.isEmpty()) {
      throw ApiProblem.invalid("The quota target is invalid", violations);
    }
    locks.lock(planId);
    List<PlanTerritory> territories = store.territoriesOf(planId, currency);
    if (territories.isEmpty()) {
      throw ApiProblem.notFound("Plan (no account has been assigned in it)", planId);
    }
    Map<UUID, BigDecimal> edited = store.edited(planId, year);
    Map<UUID, BigDecimal> potentials = new LinkedHashMap<>();
    territories.forEach(t -> potentials.put(t.territoryId(), t.potential()));
    Map<UUID, BigDecimal> annual = QuotaSpread.annual(target, potentials, edited);
    List<TerritoryQuota> quotas = new ArrayList<>();
    for (PlanTerritory territory : territories) {
      BigDecimal quota = annual.get(territory.territoryId());
      quotas.add(
          new TerritoryQuota(
              territory.territoryId(),
              null,
              territory.accounts(),
              territory.potential(),
              null,
              quota,
              months.split(quota),
              edited.containsKey(territory.territoryId())));
    }
    QuotaPlan plan =
        new QuotaPlan(
            planId, year, currency, target, months.monthlyWeights(), null, List.copyOf(quotas));
    store.save(plan);
    return described(plan);
  }

  /**
   * Sets one territory's quota for the year by hand, spread over the months by the year's
   * seasonality; the other territories keep theirs. Spreading the target again keeps it.
   */
  @Transactional
  public QuotaPlan setTerritoryQuota(UUID planId, int year, UUID territoryId, BigDecimal amount) {
    List<Violation> violations = new ArrayList<>();
    checkAmount("amount", amount, violations);
    if (!violations.isEmpty()) {
      throw ApiProblem.invalid("The quota is invalid", violations);
    }
    locks.lock(planId);
    QuotaPlan plan = stored(planId, year);
    if (plan.territories().stream().noneMatch(t -> t.territoryId().equals(territoryId))) {
      throw ApiProblem.notFound(
          "Territory with a quota in plan " + planId + " for " + year, territoryId);
    }
    Seasonality months = new Seasonality(plan.seasonality());
    List<TerritoryQuota> quotas =
        plan.territories().stream()
            .map(
                t ->
                    t.territoryId().equals(territoryId)
                        ? new TerritoryQuota(
                            t.territoryId(),
                            null,
                            t.accounts(),
                            t.potential(),
                            null,
                            amount,
                            months.split(amount),
                            true)
                        : t)
            .toList();
    QuotaPlan edited =
        new QuotaPlan(
            planId, year, plan.currency(), plan.target(), plan.seasonality(), null, quotas);
    store.save(edited);
    return described(edited);
  }

  @Transactional
  public QuotaPlan quotas(UUID planId, int year) {
    return described(stored(planId, year));
  }

  /** Quota, bookings and attainment per territory and period of the year, and the plan's total. */
  @Transactional
  public List<QuotaAttainment.Row> attainment(UUID planId, int year, String period) {
    Period bucket = Period.QUARTER;
    if (period != null && !period.isBlank()) {
      bucket =
          switch (period.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "month" -> Period.MONTH;
            case "quarter" -> Period.QUARTER;
            case "year" -> Period.YEAR;
            default ->
                throw ApiProblem.invalid(
                    "The attainment query has invalid parameters",
                    List.of(
                        Violation.field(
                            "period",
                            "'" + period + "' is not supported; supported: month, quarter, year")));
          };
    }
    QuotaPlan plan = quotas(planId, year);
    return QuotaAttainment.rows(plan, bookingsByMonth(plan), bucket);
  }

  /**
   * Each territory's attainment from January through the month of {@code today}: bookings over
   * quota of those months (absent where that quota is zero); empty when the plan has no quota for
   * the year.
   */
  @Transactional
  public Optional<QuotaYearToDate> yearToDate(UUID planId, LocalDate today) {
    Optional<QuotaPlan> stored = store.find(planId, today.getYear());
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    QuotaPlan plan = stored.get();
    Map<UUID, List<BigDecimal>> bookings = bookingsByMonth(plan);
    Map<UUID, Double> attainment = new HashMap<>();
    for (TerritoryQuota territory : plan.territories()) {
      BigDecimal quota = BigDecimal.ZERO;
      BigDecimal booked = BigDecimal.ZERO;
      for (int month = 0; month < today.getMonthValue(); month++) {
        quota = quota.add(territory.months().get(month));
        booked = booked.add(bookings.get(territory.territoryId()).get(month));
      }
      if (quota.signum() != 0) {
        attainment.put(
            territory.territoryId(), booked.divide(quota, 4, RoundingMode.HALF_UP).doubleValue());
      }
    }
    return Optional.of(new QuotaYearToDate(plan.currency(), attainment));
  }

  /** Closed-won bookings credited to each territory of the plan, in its currency, by month. */
  private Map<UUID, List<BigDecimal>> bookingsByMonth(QuotaPlan plan) {
    LocalDate start = LocalDate.of(plan.year(), 1, 1);
    Map<UUID, List<BigDecimal>> bookings = new HashMap<>();
    plan.territories()
        .forEach(
            t ->
                bookings.put(
                    t.territoryId(), new ArrayList<>(Collections.nCopies(12, BigDecimal.ZERO))));
    for (Monthly<OpportunityTotals> month :
        figures.opportunities(
            GroupBy.TERRITORY,
            new Filter(
                start, start.plusYears(1).minusDays(1), plan.currency(), null, null, null))) {
      KpiGroup group = month.group();
      List<BigDecimal> months = bookings.get(group.territoryId());
      if (months != null) {
        int index = month.month().getMonthValue() - 1;
        months.set(index, months.get(index).add(month.totals().bookings()));
      }
    }
    return bookings;
  }

  /** Year-to-date attainment per territory, in the quota's currency. */
  public record QuotaYearToDate(String currency, Map<UUID, Double> attainment) {}

  private QuotaPlan stored(UUID planId, int year) {
    return store
        .find(planId, year)
        .orElseThrow(() -> ApiProblem.notFound("Quota year " + year + " of plan", planId));
  }

  private QuotaPlan described(QuotaPlan plan) {
    return plan.described(
        figures.territoryNames(
            plan.territories().stream().map(TerritoryQuota::territoryId).toList()));
  }

  private static void checkYear(int year, List<Violation> violations) {
    if (year < 2000 || year > 2100) {
      violations.add(Violation.field("year", "must be between 2000 and 2100"));
    }
  }

  private static void checkAmount(String field, BigDecimal amount, List<Violation> violations) {
    if (amount == null) {
      violations.add(Violation.field(field, "is required"));
    } else if (amount.signum() < 0 || amount.compareTo(AMOUNT_LIMIT) >= 0) {
      violations.add(Violation.field(field, "must be at least 0 and below 10^15"));
    }
  }
}
