package com.territoryplanner.kpi.repository;

/**
 * The SQL that finds whom a deal is credited to, shared by the batch that writes deals and the job
 * that credits them again: the owner on the deal's credit day (its close date when crediting at
 * close and it is closed, else today) is the latest owner period on or before that day, else the
 * account's first. Binds one parameter: whether to credit at close.
 */
final class Crediting {

  private Crediting() {}

  /** Joins {@code p.territory_id, p.rep_id} to each row of {@code deal}. */
  static String ownerJoin(String deal) {
    return " cross join lateral (select case when ? and "
        + deal
        + ".closed and "
        + deal
        + ".close_date is not null then "
        + deal
        + ".close_date else current_date end as day) d"
        + " left join lateral (select territory_id, rep_id from owner_period p"
        + " where p.account_id = "
        + deal
        + ".account_id order by p.effective_from <= d.day desc,"
        + " case when p.effective_from <= d.day then p.effective_from end desc,"
        + " p.effective_from limit 1) p on true";
  }
}
