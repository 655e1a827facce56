package com.territoryplanner.balancing.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Visits and open opportunities per account, kept for route planning (see V12). */
@ApplicationScoped
public class SalesActivity {

  private final EntityManager entityManager;

  SalesActivity(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  public void recordVisit(String source, String activityId, String accountId, LocalDate date) {
    entityManager
        .createNativeQuery(
            "insert into planning_visit (source, activity_id, account_id, visited_on)"
                + " values (:source, :id, :account, :date) on conflict (source, activity_id)"
                + " do update set account_id = excluded.account_id,"
                + " visited_on = excluded.visited_on")
        .setParameter("source", source)
        .setParameter("id", activityId)
        .setParameter("account", accountId)
        .setParameter("date", date)
        .executeUpdate();
  }

  public void forgetVisit(String source, String activityId) {
    entityManager
        .createNativeQuery(
            "delete from planning_visit where source = :source and activity_id = :id")
        .setParameter("source", source)
        .setParameter("id", activityId)
        .executeUpdate();
  }

  public void recordOpenOpportunity(String id, String accountId) {
    entityManager
        .createNativeQuery(
            "insert into planning_open_opportunity (id, account_id) values (:id, :account)"
                + " on conflict (id) do update set account_id = excluded.account_id")
        .setParameter("id", id)
        .setParameter("account", accountId)
        .executeUpdate();
  }

  public void forgetOpportunity(String id) {
    entityManager
        .createNativeQuery("delete from planning_open_opportunity where id = :id")
        .setParameter("id", id)
        .executeUpdate();
  }

  /**
   * One account of a territory with what route planning weighs: its location (null when unknown),
   * potential (0 when unknown), last visit (null when never) and open opportunities.
   */
  public record TerritoryAccount(
      String id,
      String name,
      Double latitude,
      Double longitude,
      double potential,
      LocalDate lastVisit,
      int openOpportunities) {}

  /** The territory's accounts in the plan. Call inside a transaction. */
  public List<TerritoryAccount> accountsOf(UUID planId, UUID territoryId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select pa.id, pa.name, pa.latitude, pa.longitude, coalesce(pa.potential, 0),"
                    + " (select max(v.visited_on) from planning_visit v where v.account_id = pa.id),"
                    + " (select count(*) from planning_open_opportunity o"
                    + " where o.account_id = pa.id)"
                    + " from plan_unit_account m"
                    + " join plan_assignment a on a.plan_id = m.plan_id and a.unit_id = m.unit_id"
                    + " join planning_account pa on pa.id = m.account_id and pa.deleted_at is null"
                    + " where m.plan_id = :plan and a.territory_id = :territory order by pa.id")
            .setParameter("plan", planId)
            .setParameter("territory", territoryId)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new TerritoryAccount(
                    (String) row[0],
                    (String) row[1],
                    (Double) row[2],
                    (Double) row[3],
                    ((Number) row[4]).doubleValue(),
                    Assignments.toDate(row[5]),
                    ((Number) row[6]).intValue()))
        .toList();
  }
}
