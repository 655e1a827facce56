package com.territoryplanner.segmentation.domain;

import java.util.Map;

/**
 * The deals of a group of accounts (one account, a sector, a country, a segment of the active
 * model, or all) closed up to a day: {@code winRate = won / closed} (null with none closed), {@code
 * averageSalesCycleDays} = the mean of close date − created date over won deals that have both, and
 * the lost deals per loss reason ({@value #NO_REASON} when the CRM gave none).
 */
public record WinLoss(
    String key,
    long closed,
    long won,
    Double winRate,
    Double averageSalesCycleDays,
    Map<String, Long> lossReasons) {

  public static final String NO_REASON = "unspecified";

  /** What deals are grouped by: the account's NAICS sector, its country or its segment. */
  public enum Grouping {
    ALL,
    SECTOR,
    COUNTRY,
    SEGMENT
  }
}
