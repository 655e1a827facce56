package com.territoryplanner.balancing.repository;

import com.territoryplanner.balancing.domain.OwnerView;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.locationtech.jts.geom.Coordinate;

/** A plan's stored solution (unit to territory, account to unit) and who owns what through it. */
@ApplicationScoped
public class Assignments {

  /**
   * From a plan's stored assignment {@code a} to its territory {@code t} and the rep {@code r} who
   * owns its accounts: the covering rep during a coverage, else the territory's own.
   */
  private static final String TERRITORY_AND_REP =
      " join territory t on t.id = a.territory_id"
          + " join rep r on r.id = coalesce(t.covering_rep_id, t.rep_id)";

  /** An owner's columns after the account id, as {@link #owner} reads them. */
  private static final String OWNER_COLUMNS =
      " p.id, t.id, t.name, r.id, r.name, p.effective_from,";

  private static final String OWNERS =
      "select m.account_id,"
          + OWNER_COLUMNS
          + " m.rule, case when t.covering_rep_id is not null then t.rep_id end"
          + " from plan_unit_account m"
          + " join plan p on p.id = m.plan_id"
          + " join plan_assignment a on a.plan_id = m.plan_id and a.unit_id = m.unit_id"
          + TERRITORY_AND_REP;

  private final EntityManager entityManager;
  private final OwnerWrites ownerWrites;

  Assignments(EntityManager entityManager, @PersistenceUnitExtension OwnerWrites ownerWrites) {
    this.entityManager = entityManager;
    this.ownerWrites = ownerWrites;
  }

  public void replace(
      UUID planId, Map<String, UUID> territoryByUnit, Map<String, String> unitByAccount) {
    ownerWrites.ownersWritten();
    entityManager
        .unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement deleteAssignments =
                      connection.prepareStatement("delete from plan_assignment where plan_id = ?");
                  PreparedStatement deleteMembers =
                      connection.prepareStatement(
                          "delete from plan_unit_account where plan_id = ?")) {
                deleteAssignments.setObject(1, planId);
                deleteAssignments.executeUpdate();
                deleteMembers.setObject(1, planId);
                deleteMembers.executeUpdate();
              }
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "insert into plan_assignment (plan_id, unit_id, territory_id)"
                          + " values (?, ?, ?)")) {
                for (Map.Entry<String, UUID> entry : territoryByUnit.entrySet()) {
                  insert.setObject(1, planId);
                  insert.setString(2, entry.getKey());
                  insert.setObject(3, entry.getValue());
                  insert.addBatch();
                }
                insert.executeBatch();
              }
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "insert into plan_unit_account (plan_id, account_id, unit_id)"
                          + " values (?, ?, ?)")) {
                for (Map.Entry<String, String> entry : unitByAccount.entrySet()) {
                  insert.setObject(1, planId);
                  insert.setString(2, entry.getKey());
                  insert.setString(3, entry.getValue());
                  insert.addBatch();
                }
                insert.executeBatch();
              }
            });
  }

  /** Moves units of a plan's stored solution to other territories of the plan. */
  public void moveUnits(UUID planId, Map<String, UUID> territoryByUnit) {
    ownerWrites.ownersWritten();
    entityManager
        .unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement update =
                  connection.prepareStatement(
                      "update plan_assignment set territory_id = ?"
                          + " where plan_id = ? and unit_id = ?")) {
                for (Map.Entry<String, UUID> entry : territoryByUnit.entrySet()) {
                  update.setObject(1, entry.getValue());
                  update.setObject(2, planId);
                  update.setString(3, entry.getKey());
                  update.addBatch();
                }
                update.executeBatch();
              }
            });
  }

  /** Copies a plan's stored solution to another plan, its territories mapped to the copy's. */
  public void copy(UUID source, UUID target, Map<UUID, UUID> territoryIds) {
    ownerWrites.ownersWritten();
    entityManager
        .unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement units =
                      connection.prepareStatement(
                          "insert into plan_assignment (plan_id, unit_id, territory_id)"
                              + " select ?, a.unit_id, m.copy from plan_assignment a"
                              + " join unnest(?::uuid[], ?::uuid[]) m(original, copy)"
                              + " on m.original = a.territory_id where a.plan_id = ?");
                  PreparedStatement accounts =
                      connection.prepareStatement(
                          "insert into plan_unit_account (plan_id, account_id, unit_id, rule)"
                              + " select ?, account_id, unit_id, rule from plan_unit_account"
                              + " where plan_id = ?")) {
                List<UUID> originals = List.copyOf(territoryIds.keySet());
                units.setObject(1, target);
                units.setArray(2, connection.createArrayOf("uuid", originals.toArray()));
                units.setArray(
                    3,
                    connection.createArrayOf(
                        "uuid", originals.stream().map(territoryIds::get).toArray()));
                units.setObject(4, source);
                units.executeUpdate();
                accounts.setObject(1, target);
                accounts.setObject(2, source);
                accounts.executeUpdate();
              }
            });
  }

  public boolean hasAssignments(UUID planId) {
    Number count =
        (Number)
            entityManager
                .createNativeQuery("select count(*) from plan_assignment where plan_id = :plan")
                .setParameter("plan", planId)
                .getSingleResult();
    return count.longValue() > 0;
  }

  /** Every account of the plan with its territory and rep. */
  public Map<String, OwnerView> ownersIn(UUID planId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(OWNERS + " where m.plan_id = :plan")
            .setParameter("plan", planId)
            .getResultList();
    Map<String, OwnerView> owners = new HashMap<>();
    for (Object[] row : rows) {
      OwnerView owner = owner(row);
      owners.put(owner.accountId(), owner);
    }
    return owners;
  }

  /** The plan's stored solution: territory by unit id; empty before the first solve. */
  public Map<String, UUID> territoryByUnit(UUID planId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select unit_id, territory_id from plan_assignment where plan_id = :plan")
            .setParameter("plan", planId)
            .getResultList();
    Map<String, UUID> territories = new HashMap<>();
    for (Object[] row : rows) {
      territories.put((String) row[0], toUuid(row[1]));
    }
    return territories;
  }

  /** Each unit's rep in the plan's stored solution. */
  public Map<String, UUID> repByUnit(UUID planId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select a.unit_id, t.rep_id from plan_assignment a"
                    + " join territory t on t.id = a.territory_id where a.plan_id = :plan")
            .setParameter("plan", planId)
            .getResultList();
    Map<String, UUID> reps = new HashMap<>();
    for (Object[] row : rows) {
      reps.put((String) row[0], toUuid(row[1]));
    }
    return reps;
  }

  /** Each account's potential in the planning copy (none is zero). */
  public Map<String, BigDecimal> potentials() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select id, potential from planning_account"
                    + " where deleted_at is null and potential is not null")
            .getResultList();
    Map<String, BigDecimal> potentials = new HashMap<>();
    for (Object[] row : rows) {
      potentials.put((String) row[0], (BigDecimal) row[1]);
    }
    return potentials;
  }

  /** A unit's territory in the plan's stored solution. */
  public Optional<UUID> territoryOfUnit(UUID planId, String unitId) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        entityManager
            .createNativeQuery(
                "select territory_id from plan_assignment where plan_id = :plan and unit_id = :u")
            .setParameter("plan", planId)
            .setParameter("u", unitId)
            .getResultList();
    return rows.stream().findFirst().map(Assignments::toUuid);
  }

  /** The centre of each located unit of the plan's geography: its accounts' mean position. */
  public Map<String, Coordinate> unitCentres(UUID planId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select m.unit_id, avg(a.longitude), avg(a.latitude) from plan_unit_account m"
                    + " join planning_account a on a.id = m.account_id"
                    + " where m.plan_id = :plan and m.unit_id not like 'named:%'"
                    + " and a.latitude is not null and a.longitude is not null"
                    + " group by m.unit_id")
            .setParameter("plan", planId)
            .getResultList();
    Map<String, Coordinate> centres = new HashMap<>();
    for (Object[] row : rows) {
      centres.put(
          (String) row[0],
          new Coordinate(((Number) row[1]).doubleValue(), ((Number) row[2]).doubleValue()));
    }
    return centres;
  }

  /** The unit that holds each of the accounts the plan has placed. */
  public Map<String, String> unitsOf(UUID planId, Collection<String> accountIds) {
    Map<String, String> units = new HashMap<>();
    if (accountIds.isEmpty()) {
      return units;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select account_id, unit_id from plan_unit_account"
                    + " where plan_id = :plan and account_id in (:accounts)")
            .setParameter("plan", planId)
            .setParameter("accounts", accountIds)
            .getResultList();
    for (Object[] row : rows) {
      units.put((String) row[0], (String) row[1]);
    }
    return units;
  }

  /**
   * An account placed in a unit of the plan, for a rule; a named unit (the account on its own) is
   * put in {@code namedTerritory}, any other has its territory already.
   */
  public record UnitPlacement(String accountId, String unitId, String rule, UUID namedTerritory) {}

  /** Places accounts in units of the plan, one batch of statements. */
  public void place(UUID planId, Collection<UnitPlacement> placements) {
    if (placements.isEmpty()) {
      return;
    }
    ownerWrites.ownersWritten();
    entityManager
        .unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement named =
                      connection.prepareStatement(
                          "insert into plan_assignment (plan_id, unit_id, territory_id)"
                              + " values (?, ?, ?) on conflict (plan_id, unit_id)"
                              + " do update set territory_id = excluded.territory_id");
                  PreparedStatement member =
                      connection.prepareStatement(
                          "insert into plan_unit_account (plan_id, account_id, unit_id, rule)"
                              + " values (?, ?, ?, ?) on conflict (plan_id, account_id)"
                              + " do update set unit_id = excluded.unit_id, rule = excluded.rule")) {
                for (UnitPlacement placement : placements) {
                  if (placement.namedTerritory() != null) {
                    named.setObject(1, planId);
                    named.setString(2, placement.unitId());
                    named.setObject(3, placement.namedTerritory());
                    named.addBatch();
                  }
                  member.setObject(1, planId);
                  member.setString(2, placement.accountId());
                  member.setString(3, placement.unitId());
                  member.setString(4, placement.rule());
                  member.addBatch();
                }
                named.executeBatch();
                member.executeBatch();
              }
            });
  }

  /** Accounts of the planning copy, described by accounts.v1, that the plan has not placed. */
  public List<String> accountsMissingFrom(UUID planId) {
    @SuppressWarnings("unchecked")
    List<String> ids =
        entityManager
            .createNativeQuery(
                "select a.id from planning_account a where a.deleted_at is null"
                    + " and a.name is not null and not exists (select 1 from plan_unit_account m"
                    + " where m.plan_id = :plan and m.account_id = a.id) order by a.id")
            .setParameter("plan", planId)
            .getResultList();
    return ids;
  }

  /** Takes accounts out of the plan (they were deleted at their source). */
  public void remove(UUID planId, Collection<String> accountIds) {
    if (accountIds.isEmpty()) {
      return;
    }
    entityManager
        .createNativeQuery(
            "delete from plan_unit_account where plan_id = :plan and account_id in (:accounts)")
        .setParameter("plan", planId)
        .setParameter("accounts", accountIds)
        .executeUpdate();
  }

  /**
   * The postal-code unit of the plan with the located account nearest to a point (equirectangular
   * distance, fine at the scale of a postal code's neighbours).
   */
  public Optional<String> nearestUnit(UUID planId, double latitude, double longitude) {
    @SuppressWarnings("unchecked")
    List<String> rows =
        entityManager
            .createNativeQuery(
                "select m.unit_id from plan_unit_account m"
                    + " join planning_account a on a.id = m.account_id"
                    + " where m.plan_id = :plan and m.unit_id like 'postal:%'"
                    + " and a.latitude is not null and a.longitude is not null"
                    + " and a.deleted_at is null"
                    + " order by power(a.latitude - :lat, 2)"
                    + " + power((a.longitude - :lon) * cos(radians(:lat)), 2) limit 1")
            .setParameter("plan", planId)
            .setParameter("lat", latitude)
            .setParameter("lon", longitude)
            .getResultList();
    return rows.stream().findFirst();
  }

  /** The owners of those of the accounts that the active plan has placed. */
  public Map<String, OwnerView> activeOwners(Collection<String> accountIds) {
    Map<String, OwnerView> owners = new HashMap<>();
    if (accountIds.isEmpty()) {
      return owners;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                OWNERS + " where m.account_id in (:accounts) and p.status = 'ACTIVE'")
            .setParameter("accounts", accountIds)
            .getResultList();
    for (Object[] row : rows) {
      OwnerView owner = owner(row);
      owners.put(owner.accountId(), owner);
    }
    return owners;
  }

  public Optional<OwnerView> activeOwner(String accountId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(OWNERS + " where m.account_id = :account and p.status = 'ACTIVE'")
            .setParameter("account", accountId)
            .getResultList();
    return rows.stream().findFirst().map(Assignments::owner);
  }

  /** The owner of a unit in the active plan (no account; rule UNIT), in one query. */
  public Optional<OwnerView> activeOwnerOfUnit(String unitId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select null,"
                    + OWNER_COLUMNS
                    + " 'UNIT', case when t.covering_rep_id is not null then t.rep_id end"
                    + " from plan p"
                    + " join plan_assignment a on a.plan_id = p.id and a.unit_id = :unit"
                    + TERRITORY_AND_REP
                    + " where p.status = 'ACTIVE'")
            .setParameter("unit", unitId)
            .getResultList();
    return rows.stream().findFirst().map(Assignments::owner);
  }

  private static OwnerView owner(Object[] row) {
    return new OwnerView(
        (String) row[0],
        toUuid(row[1]),
        toUuid(row[2]),
        (String) row[3],
        toUuid(row[4]),
        (String) row[5],
        toDate(row[6]),
        (String) row[7],
        row[8] == null ? null : toUuid(row[8]));
  }

  static UUID toUuid(Object value) {
    return value instanceof UUID uuid ? uuid : UUID.fromString(value.toString());
  }

  static LocalDate toDate(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    return ((java.sql.Date) value).toLocalDate();
  }
}
