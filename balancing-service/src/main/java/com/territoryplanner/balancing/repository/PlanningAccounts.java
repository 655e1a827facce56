package com.territoryplanner.balancing.repository;

import static com.territoryplanner.platform.persistence.JdbcWork.array;

import com.territoryplanner.balancing.domain.PlanningCopySummary;
import com.territoryplanner.contracts.AccountEvent;
import com.territoryplanner.contracts.SegmentEvent;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.hibernate.jpa.HibernateHints;

/**
 * Upserts into the planning copy, a batch of events in one statement. Native {@code insert ... on
 * conflict} so that the account and the segment event of one account, consumed on different
 * threads, never race on the insert; each writes only the columns its event carries.
 */
@ApplicationScoped
public class PlanningAccounts {

  private final EntityManager entityManager;
  private final JdbcWork jdbc;

  PlanningAccounts(EntityManager entityManager, JdbcWork jdbc) {
    this.entityManager = entityManager;
    this.jdbc = jdbc;
  }

  /**
   * Writes the accounts as their events describe them (one event per account), in one statement.
   */
  public void upsertAccounts(List<AccountEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    jdbc.update(
        "insert into planning_account"
            + " (id, name, postal_code, latitude, longitude, naics, updated_at)"
            + " select e.id, e.name, e.postal_code, e.latitude, e.longitude, e.naics, now()"
            + " from unnest(?::text[], ?::text[], ?::text[], ?::float8[], ?::float8[], ?::text[])"
            + " as e(id, name, postal_code, latitude, longitude, naics)"
            + " on conflict (id) do update set name = excluded.name,"
            + " postal_code = excluded.postal_code, latitude = excluded.latitude,"
            + " longitude = excluded.longitude, naics = excluded.naics,"
            + " updated_at = excluded.updated_at, deleted_at = null",
        array("text", events, AccountEvent::accountId),
        array("text", events, AccountEvent::name),
        array("text", events, AccountEvent::postalCode),
        array("float8", events, AccountEvent::latitude),
        array("float8", events, AccountEvent::longitude),
        array("text", events, AccountEvent::naics));
  }

  /** Marks the accounts deleted; their rows stay as tombstones (see V7). */
  public void deleteAccounts(List<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    jdbc.update(
        "insert into planning_account (id, updated_at, deleted_at)"
            + " select id, now(), now() from unnest(?::text[]) as e(id)"
            + " on conflict (id) do update set deleted_at = excluded.deleted_at,"
            + " updated_at = excluded.updated_at",
        array("text", ids));
  }

  /**
   * Writes the segments as their events describe them (one event per account), in one statement.
   */
  public void upsertSegments(List<SegmentEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    jdbc.update(
        "insert into planning_account (id, potential, size_tier, segment, updated_at)"
            + " select e.id, e.potential, e.size_tier, e.segment, now()"
            + " from unnest(?::text[], ?::numeric[], ?::text[], ?::text[])"
            + " as e(id, potential, size_tier, segment)"
            + " on conflict (id) do update set potential = excluded.potential,"
            + " size_tier = excluded.size_tier, segment = excluded.segment,"
            + " updated_at = excluded.updated_at",
        array("text", events, SegmentEvent::accountId),
        array("numeric", events, SegmentEvent::potential),
        array("text", events, SegmentEvent::sizeTier),
        array("text", events, SegmentEvent::segment));
  }

  /**
   * The accounts of the copy (deleted ones too) among {@code ids}, read-only: a transaction that
   * places thousands keeps no changes to check for on every flush.
   */
  public List<PlanningAccountEntity> find(Collection<String> ids) {
    return ids.isEmpty()
        ? List.of()
        : PlanningAccountEntity.<PlanningAccountEntity>find("id in ?1", ids)
            .withHint(HibernateHints.HINT_READ_ONLY, true)
            .list();
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
