package com.territoryplanner.balancing.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Who owns an account in a plan: its unit's territory and that territory's rep, and why: {@code
 * PLAN} when the plan's solve placed it, or the rule that placed it after the plan was activated
 * ({@code LOCKED_ACCOUNT}, {@code SPECIALIST}, {@code UNIT}: its postal code's territory, {@code
 * NEAREST_UNIT}: its postal code is new to the plan, so the territory of the nearest one). {@code
 * coveringFor} is the territory's own rep while the rep named here covers it; else null.
 */
public record OwnerView(
    String accountId,
    UUID planId,
    UUID territoryId,
    String territoryName,
    UUID repId,
    String repName,
    LocalDate effectiveFrom,
    String rule,
    UUID coveringFor) {

  /**
   * The same owner for a change made today: counting from today, or from the plan's start while
   * that is still ahead.
   */
  public OwnerView fromToday(LocalDate today) {
    return from(effectiveFrom != null && effectiveFrom.isAfter(today) ? effectiveFrom : today);
  }

  /** The same owner, counting from another day. */
  public OwnerView from(LocalDate day) {
    return new OwnerView(
        accountId, planId, territoryId, territoryName, repId, repName, day, rule, coveringFor);
  }
}
