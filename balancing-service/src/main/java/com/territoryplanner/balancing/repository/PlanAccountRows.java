package com.territoryplanner.balancing.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A plan's accounts with their territory and rep, streamed for exports of any size. */
@ApplicationScoped
public class PlanAccountRows {

  /** One account of a plan: its name (null when unknown) and its territory and rep. */
  public record PlanAccount(
      String accountId, String accountName, UUID territoryId, String repName, String repEmail) {}

  private static final int FETCH_SIZE = 10_000;

  private final EntityManager entityManager;

  PlanAccountRows(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Every account of the plan, by account id. Call inside a transaction. */
  public void forEach(UUID planId, Consumer<PlanAccount> consumer) {
    @SuppressWarnings("unchecked")
    Stream<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select m.account_id, pa.name, t.id, r.name, r.email from plan_unit_account m"
                    + " join plan_assignment a on a.plan_id = m.plan_id and a.unit_id = m.unit_id"
                    + " join territory t on t.id = a.territory_id"
                    + " join rep r on r.id = coalesce(t.covering_rep_id, t.rep_id)"
                    + " left join planning_account pa on pa.id = m.account_id"
                    + " where m.plan_id = :plan order by m.account_id")
            .setParameter("plan", planId)
            .setHint("org.hibernate.fetchSize", FETCH_SIZE)
            .getResultStream();
    try (rows) {
      rows.forEach(
          row ->
              consumer.accept(
                  new PlanAccount(
                      (String) row[0],
                      (String) row[1],
                      Assignments.toUuid(row[2]),
                      (String) row[3],
                      (String) row[4])));
    }
  }
}
