package com.territoryplanner.kpi.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Which of a territory's rollups changed, comparing the stored ones with a fresh aggregate.
 *
 * <p>A won opportunity counts, in its own currency, for the territory it is credited to by the
 * {@link CreditingRule}. A currency the territory had bookings in but no longer has (its accounts
 * moved away, a deal was un-won) is reported once as zero bookings and zero deals, so consumers see
 * the drop. Amounts in different currencies are never added together.
 */
public final class RollupChanges {

  private RollupChanges() {}

  /**
   * @param territoryId the territory recomputed
   * @param currentName the territory's name from its latest assignment, or null when it owns no
   *     account any more (the stored name is kept then)
   * @param stored the rollups stored for the territory, one per currency
   * @param fresh the aggregate just computed: bookings and won deals per currency
   * @return the rollups to store and publish; empty when nothing changed
   */
  public static List<TerritoryBookings> between(
      UUID territoryId,
      String currentName,
      List<TerritoryBookings> stored,
      Map<String, Totals> fresh) {
    Map<String, TerritoryBookings> before = new LinkedHashMap<>();
    stored.forEach(r -> before.put(r.currency(), r));
    String name =
        currentName != null
            ? currentName
            : stored.stream().map(TerritoryBookings::territoryName).findFirst().orElse("");
    List<TerritoryBookings> changed = new ArrayList<>();
    fresh.forEach(
        (currency, totals) -> {
          TerritoryBookings now =
              new TerritoryBookings(
                  territoryId, name, currency, totals.bookings(), totals.wonDeals());
          if (differs(before.get(currency), now)) {
            changed.add(now);
          }
        });
    before.forEach(
        (currency, old) -> {
          if (!fresh.containsKey(currency)) {
            TerritoryBookings zero =
                new TerritoryBookings(territoryId, name, currency, BigDecimal.ZERO, 0);
            if (differs(old, zero)) {
              changed.add(zero);
            }
          }
        });
    return changed;
  }

  private static boolean differs(TerritoryBookings before, TerritoryBookings now) {
    return before == null
        || before.bookings().compareTo(now.bookings()) != 0
        || before.wonDeals() != now.wonDeals()
        || !Objects.equals(before.territoryName(), now.territoryName());
  }

  /** Sum of won amounts and count of won deals in one currency. */
  public record Totals(BigDecimal bookings, long wonDeals) {}
}
