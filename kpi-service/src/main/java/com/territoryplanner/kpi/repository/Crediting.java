package com.territoryplanner.kpi.repository;

/**
 * The SQL that finds whom a record is credited to, shared by the batch that writes deals, the job
 * that credits them again and the figures of revenue, activities and leads: the owner on the
 * record's credit day is the latest owner period on or before that day, else the account's first.
 * Binds one parameter: whether to credit on the record's own date (owner at close) rather than
 * today (current owner).
 */
final class Crediting {

  private Crediting() {}

  /**
   * Joins {@code p.territory_id, p.rep_id} to each deal of {@code deal}: credited on its close date
   * when it is closed.
   */
  static String ownerJoin(String deal) {
    return ownerOn(
        deal + ".account_id",
        deal + ".closed and " + deal + ".close_date is not null",
        deal + ".close_date");
  }

  /**
   * Joins {@code p.territory_id, p.rep_id}: the owner of account {@code account} on {@code date}
   * when crediting on the record's date and {@code dated} holds, else today.
   */
  static String ownerOn(String account, String dated, String date) {
    return " cross join lateral (select case when ? and "
        + dated
        + " then "
        + date
        + " else current_date end as day) d"
        + " left join lateral (select territory_id, rep_id from owner_period p"
        + " where p.account_id = "
        + account
        + " order by p.effective_from <= d.day desc,"
        + " case when p.effective_from <= d.day then p.effective_from end desc,"
        + " p.effective_from limit 1) p on true";
  }
}
