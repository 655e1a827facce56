package com.territoryplanner.segmentation.domain;

import com.territoryplanner.segmentation.domain.PotentialParts.Basis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/**
 * Potential model {@value #VERSION}: what an account could still spend with us in a year, kept
 * simple enough to explain to a planner.
 *
 * <pre>
 * potential = max(0, expected − current spend)  the white space
 * expected  = base × propensity(sector) × saturation × growth   its expected spend still to win
 * current   = what it bought in the 12 months up to now, in the potential's currency (revenue
 *             lines in other currencies are not converted and do not count)
 * base      = annual revenue × 0.2 %          when the revenue is known (basis REVENUE)
 *           = employees × 500                 else, when the headcount is known (basis EMPLOYEES)
 *           = 0                               else (basis NONE)
 * sector    = first two digits of the NAICS code; propensity from {@link #STANDARD_PROPENSITY},
 *             1.0 when the code is missing or the sector is not listed
 * saturation = 1 / (1 + 0.1 × competitors nearby), to 4 decimals: competitor locations in the
 *             account's H3 resolution-6 cell and the six around it (within about 10 km); 1 when
 *             there are none or the account has no location
 * growth    = 1 + r / 100, kept within 0.5 and 1.5: r the latest value (percent a year) of the
 *             configured growth indicator for the account's postal code, else its country
 *             ({@link RegionalGrowth}); 1 when market data has none
 * </pre>
 *
 * A revenue or headcount of zero counts as missing. Figures are in the account's currency ({@value
 * #DEFAULT_CURRENCY} when it has none); the spend per employee is a nominal amount in that
 * currency, as v1 does no FX conversion. Base and potential are rounded half-up to cents. The
 * numbers above are {@link #STANDARD}'s; a company sets its own ({@code segmentation.potential.*}),
 * and each account's parts show the ones used.
 *
 * @param revenueSpendShare share of annual revenue an account is expected to spend with us
 * @param spendPerEmployee expected annual spend per employee when revenue is unknown
 * @param sectorPropensity spend multiplier per NAICS 2-digit sector; sectors not listed get 1.0
 * @param saturationPerCompetitor how much each competitor nearby discounts the expected spend
 */
public record PotentialModel(
    BigDecimal revenueSpendShare,
    BigDecimal spendPerEmployee,
    Map<String, BigDecimal> sectorPropensity,
    BigDecimal saturationPerCompetitor) {

  public static final String VERSION = "potential-v4";
  public static final String DEFAULT_CURRENCY = "USD";

  public static final BigDecimal DEFAULT_PROPENSITY = BigDecimal.ONE;

  /** The sector propensities of {@link #STANDARD}. */
  public static final Map<String, BigDecimal> STANDARD_PROPENSITY =
      Map.ofEntries(
          Map.entry("11", new BigDecimal("0.6")), // agriculture, forestry, fishing
          Map.entry("23", new BigDecimal("0.7")), // construction
          Map.entry("42", new BigDecimal("0.8")), // wholesale trade
          Map.entry("44", new BigDecimal("0.8")), // retail trade
          Map.entry("45", new BigDecimal("0.8")), // retail trade
          Map.entry("51", new BigDecimal("1.5")), // information
          Map.entry("52", new BigDecimal("1.4")), // finance and insurance
          Map.entry("54", new BigDecimal("1.3")), // professional, scientific, technical services
          Map.entry("62", new BigDecimal("1.1")), // health care and social assistance
          Map.entry("72", new BigDecimal("0.6")), // accommodation and food services
          Map.entry("92", new BigDecimal("0.9"))); // public administration

  /** 0.2 % of revenue, 500 per employee, {@link #STANDARD_PROPENSITY}, 0.1 per competitor. */
  public static final PotentialModel STANDARD =
      new PotentialModel(
          new BigDecimal("0.002"),
          new BigDecimal("500"),
          STANDARD_PROPENSITY,
          new BigDecimal("0.1"));

  public PotentialModel {
    sectorPropensity = Map.copyOf(sectorPropensity);
  }

  /**
   * The account's segment, given what it spent in the 12 months up to now (zero when unknown), the
   * competitor locations near it (null when it has no location) and its region's growth (null when
   * unknown).
   */
  public Segmentation assess(
      AccountProfile account,
      BigDecimal currentSpend,
      Integer competitorsNearby,
      RegionalGrowth growth) {
    BigDecimal saturation = saturation(competitorsNearby);
    String sector = sector(account.naics());
    BigDecimal propensity =
        sector == null
            ? DEFAULT_PROPENSITY
            : sectorPropensity.getOrDefault(sector, DEFAULT_PROPENSITY);
    Basis basis;
    BigDecimal figure;
    BigDecimal rate;
    if (positive(account.annualRevenue())) {
      basis = Basis.REVENUE;
      figure = account.annualRevenue();
      rate = revenueSpendShare;
    } else if (account.employees() != null && account.employees() > 0) {
      basis = Basis.EMPLOYEES;
      figure = BigDecimal.valueOf(account.employees());
      rate = spendPerEmployee;
    } else {
      basis = Basis.NONE;
      figure = BigDecimal.ZERO;
      rate = BigDecimal.ZERO;
    }
    PotentialParts parts =
        new PotentialParts(
            basis,
            cents(figure.multiply(rate)),
            rate,
            sector,
            propensity,
            currentSpend,
            competitorsNearby,
            saturation,
            growth == null ? null : growth.region(),
            growth == null ? null : growth.period(),
            growth == null ? null : growth.rate(),
            growth == null ? BigDecimal.ONE.setScale(4) : growth.factor());
    return new Segmentation(
        SizeTier.classify(account.employees(), account.annualRevenue()),
        parts.expected().subtract(parts.currentSpend()).max(BigDecimal.ZERO),
        currency(account.currency()),
        VERSION,
        parts);
  }

  /** The share of the expected spend competitors nearby leave: 1 / (1 + 0.1 × n). */
  BigDecimal saturation(Integer competitorsNearby) {
    if (competitorsNearby == null || competitorsNearby == 0) {
      return BigDecimal.ONE.setScale(4);
    }
    return BigDecimal.ONE.divide(
        BigDecimal.ONE.add(saturationPerCompetitor.multiply(BigDecimal.valueOf(competitorsNearby))),
        4,
        RoundingMode.HALF_UP);
  }

  /** The NAICS 2-digit sector, or null when the code does not start with two digits. */
  static String sector(String naics) {
    if (naics == null) {
      return null;
    }
    String code = naics.strip();
    if (code.length() < 2
        || !Character.isDigit(code.charAt(0))
        || !Character.isDigit(code.charAt(1))) {
      return null;
    }
    return code.substring(0, 2);
  }

  /** The currency an account's potential is in: its own, else {@value #DEFAULT_CURRENCY}. */
  public static String currency(String currency) {
    return currency == null || currency.isBlank()
        ? DEFAULT_CURRENCY
        : currency.strip().toUpperCase(Locale.ROOT);
  }

  private static boolean positive(BigDecimal value) {
    return value != null && value.signum() > 0;
  }

  private static BigDecimal cents(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }
}
