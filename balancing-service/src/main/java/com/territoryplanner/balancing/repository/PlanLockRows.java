package com.territoryplanner.balancing.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The postal codes locked to territories of a plan. */
@ApplicationScoped
public class PlanLockRows {

  private final EntityManager entityManager;

  PlanLockRows(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** The plan's locks: territory by normalised postal code, in postal-code order. */
  public Map<String, UUID> territoryByPostalCode(UUID planId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select postal_code, territory_id from plan_lock where plan_id = :plan"
                    + " order by postal_code")
            .setParameter("plan", planId)
            .getResultList();
    Map<String, UUID> locks = new LinkedHashMap<>();
    for (Object[] row : rows) {
      locks.put((String) row[0], Assignments.toUuid(row[1]));
    }
    return locks;
  }

  public void replace(UUID planId, Map<String, UUID> territoryByPostalCode) {
    entityManager
        .createNativeQuery("delete from plan_lock where plan_id = :plan")
        .setParameter("plan", planId)
        .executeUpdate();
    territoryByPostalCode.forEach(
        (postalCode, territory) ->
            entityManager
                .createNativeQuery(
                    "insert into plan_lock (plan_id, postal_code, territory_id)"
                        + " values (:plan, :postalCode, :territory)")
                .setParameter("plan", planId)
                .setParameter("postalCode", postalCode)
                .setParameter("territory", territory)
                .executeUpdate());
  }

  /** Whether any account of the planning copy has the postal code (normalised). */
  public boolean postalCodeKnown(String postalCode) {
    return ((Number)
                entityManager
                    .createNativeQuery(
                        "select count(*) from planning_account"
                            + " where upper(trim(postal_code)) = :postalCode")
                    .setParameter("postalCode", postalCode)
                    .getSingleResult())
            .longValue()
        > 0;
  }
}
