package com.territoryplanner.balancing.repository;

import com.territoryplanner.balancing.domain.PlanningCopySummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;

/**
 * Upserts into the planning copy. Native {@code insert ... on conflict} so that the account and the
 * segment event of one account, consumed on different threads, never race on the insert; each
 * writes only the columns its event carries.
 */
@ApplicationScoped
public class PlanningAccounts {

  private final EntityManager entityManager;

  PlanningAccounts(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  public void upsertAccount(
      String id, String name, String postalCode, Double latitude, Double longitude, String naics) {
    entityManager
        .createNativeQuery(
            "insert into planning_account"
                + " (id, name, postal_code, latitude, longitude, naics, updated_at)"
                + " values (:id, :name, :postalCode, :latitude, :longitude, :naics, now())"
                + " on conflict (id) do update set name = excluded.name,"
                + " postal_code = excluded.postal_code, latitude = excluded.latitude,"
                + " longitude = excluded.longitude, naics = excluded.naics,"
                + " updated_at = excluded.updated_at, deleted_at = null")
        .setParameter("id", id)
        .setParameter("name", name)
        .setParameter("postalCode", postalCode)
        .setParameter("latitude", latitude)
        .setParameter("longitude", longitude)
        .setParameter("naics", naics)
        .executeUpdate();
  }

  /** Marks the account deleted; its row stays as a tombstone (see V7). */
  public void deleteAccount(String id) {
    entityManager
        .createNativeQuery(
            "insert into planning_account (id, updated_at, deleted_at) values (:id, now(), now())"
                + " on conflict (id) do update set deleted_at = excluded.deleted_at,"
                + " updated_at = excluded.updated_at")
        .setParameter("id", id)
        .executeUpdate();
  }

  public void upsertSegment(String id, BigDecimal potential, String sizeTier, String segment) {
    entityManager
        .createNativeQuery(
            "insert into planning_account (id, potential, size_tier, segment, updated_at)"
                + " values (:id, :potential, :sizeTier, :segment, now())"
                + " on conflict (id) do update set potential = excluded.potential,"
                + " size_tier = excluded.size_tier, segment = excluded.segment,"
                + " updated_at = excluded.updated_at")
        .setParameter("id", id)
        .setParameter("potential", potential)
        .setParameter("sizeTier", sizeTier)
        .setParameter("segment", segment)
        .executeUpdate();
  }

  public PlanningCopySummary summary() {
    Object[] counts =
        (Object[])
            entityManager
                .createNativeQuery(
                    "select count(*), count(potential), count(latitude) from planning_account"
                        + " where deleted_at is null")
                .getSingleResult();
    return new PlanningCopySummary(
        ((Number) counts[0]).longValue(),
        ((Number) counts[1]).longValue(),
        ((Number) counts[2]).longValue());
  }
}
