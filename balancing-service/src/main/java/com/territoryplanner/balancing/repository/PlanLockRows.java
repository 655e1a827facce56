package com.territoryplanner.balancing.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** The postal codes and accounts locked to territories of a plan. */
@ApplicationScoped
public class PlanLockRows {

  /** One lock: a normalised postal code or an account id (the other null), and its territory. */
  public record StoredLock(String postalCode, String accountId, UUID territoryId) {}

  private final EntityManager entityManager;

  PlanLockRows(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** The plan's locks, postal codes first. */
  public List<StoredLock> of(UUID planId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select postal_code, account_id, territory_id from plan_lock where plan_id = :plan"
                    + " order by postal_code nulls last, account_id")
            .setParameter("plan", planId)
            .getResultList();
    return rows.stream()
        .map(row -> new StoredLock((String) row[0], (String) row[1], Assignments.toUuid(row[2])))
        .toList();
  }

  public void replace(UUID planId, List<StoredLock> locks) {
    entityManager
        .createNativeQuery("delete from plan_lock where plan_id = :plan")
        .setParameter("plan", planId)
        .executeUpdate();
    for (StoredLock lock : locks) {
      entityManager
          .createNativeQuery(
              "insert into plan_lock (plan_id, postal_code, account_id, territory_id)"
                  + " values (:plan, :postalCode, :accountId, :territory)")
          .setParameter("plan", planId)
          .setParameter("postalCode", lock.postalCode())
          .setParameter("accountId", lock.accountId())
          .setParameter("territory", lock.territoryId())
          .executeUpdate();
    }
  }

  /** Whether any account of the planning copy has the postal code (normalised). */
  public boolean postalCodeKnown(String postalCode) {
    return count(
            "select count(*) from planning_account"
                + " where upper(trim(postal_code)) = :key and deleted_at is null",
            postalCode)
        > 0;
  }

  /** Whether the planning copy holds the account. */
  public boolean accountKnown(String accountId) {
    return count(
            "select count(*) from planning_account where id = :key and deleted_at is null",
            accountId)
        > 0;
  }

  private long count(String sql, String key) {
    return ((Number)
            entityManager.createNativeQuery(sql).setParameter("key", key).getSingleResult())
        .longValue();
  }
}
