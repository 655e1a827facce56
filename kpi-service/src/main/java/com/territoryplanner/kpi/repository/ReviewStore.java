package com.territoryplanner.kpi.repository;

import com.territoryplanner.kpi.domain.Feedback;
import com.territoryplanner.kpi.domain.PlanReview;
import com.territoryplanner.kpi.domain.ReviewKind;
import com.territoryplanner.kpi.domain.ReviewStatus;
import com.territoryplanner.kpi.domain.ReviewTrigger;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plan reviews and the feedback notes on territories and reviews. */
@ApplicationScoped
public class ReviewStore {

  private static final String COLUMNS =
      "id, plan_id, kind, trigger, title, details, due_date, status, opened_at, closed_at,"
          + " resolution, breaches";

  private final JdbcWork jdbc;
  private final MetricSpreadColumn spreads;

  ReviewStore(JdbcWork jdbc, MetricSpreadColumn spreads) {
    this.jdbc = jdbc;
    this.spreads = spreads;
  }

  /** Inserts a review or overwrites the stored one with the same id. */
  public void save(PlanReview review) {
    jdbc.run(
        connection -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "insert into plan_review ("
                      + COLUMNS
                      + ", created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())"
                      + " on conflict (id) do update set status = excluded.status,"
                      + " opened_at = excluded.opened_at, closed_at = excluded.closed_at,"
                      + " resolution = excluded.resolution")) {
            upsert.setObject(1, review.id());
            upsert.setObject(2, review.planId());
            upsert.setString(3, review.kind().name());
            upsert.setString(4, review.trigger() == null ? null : review.trigger().name());
            upsert.setString(5, review.title());
            upsert.setString(6, review.details());
            upsert.setObject(7, review.dueDate());
            upsert.setString(8, review.status().name());
            upsert.setTimestamp(9, timestamp(review.openedAt()));
            upsert.setTimestamp(10, timestamp(review.closedAt()));
            upsert.setString(11, review.resolution());
            upsert.setString(12, spreads.write(review.breaches()));
            return upsert.executeUpdate();
          }
        });
  }

  /** The review, locked against a concurrent change until the caller's transaction ends. */
  public Optional<PlanReview> findForUpdate(UUID planId, UUID reviewId) {
    List<PlanReview> found =
        select(" where plan_id = ? and id = ? for update", List.of(planId, reviewId));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** A plan's reviews by due date, optionally of one status. */
  public List<PlanReview> ofPlan(UUID planId, ReviewStatus status) {
    return status == null
        ? select(" where plan_id = ? order by due_date, created_at", List.of(planId))
        : select(
            " where plan_id = ? and status = ? order by due_date, created_at",
            List.of(planId, status.name()));
  }

  /** Whether the plan has an open review of this kind. */
  public boolean hasOpen(UUID planId, ReviewKind kind) {
    return !select(
            " where plan_id = ? and kind = ? and status = 'OPEN' limit 1",
            List.of(planId, kind.name()))
        .isEmpty();
  }

  /** Scheduled reviews due on or before {@code day}, locked; others running this skip them. */
  public List<PlanReview> dueThrough(LocalDate day) {
    return select(
        " where status = 'SCHEDULED' and due_date <= ? order by due_date"
            + " for update skip locked",
        List.of(day));
  }

  /** Drops the plan's scheduled (not yet open) reviews from its calendar. */
  public void dropScheduled(UUID planId) {
    jdbc.run(
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement(
                  "delete from plan_review where plan_id = ? and status = 'SCHEDULED'"
                      + " and kind in ('QUARTERLY_CHECK_IN', 'ANNUAL_DEEP_DIVE')")) {
            delete.setObject(1, planId);
            return delete.executeUpdate();
          }
        });
  }

  public void saveFeedback(Feedback feedback) {
    jdbc.run(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "insert into feedback (id, plan_id, territory_id, review_id, rep_id, author,"
                      + " note, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, feedback.id());
            insert.setObject(2, feedback.planId());
            insert.setObject(3, feedback.territoryId());
            insert.setObject(4, feedback.reviewId());
            insert.setObject(5, feedback.repId());
            insert.setString(6, feedback.author());
            insert.setString(7, feedback.note());
            insert.setTimestamp(8, timestamp(feedback.createdAt()));
            return insert.executeUpdate();
          }
        });
  }

  /** A plan's feedback, oldest first, optionally only on one territory and/or review. */
  public List<Feedback> feedback(UUID planId, UUID territoryId, UUID reviewId) {
    return jdbc.run(
        connection -> {
          List<Feedback> notes = new ArrayList<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select id, territory_id, review_id, rep_id, author, note, created_at"
                      + " from feedback where plan_id = ?"
                      + " and (?::uuid is null or territory_id = ?::uuid)"
                      + " and (?::uuid is null or review_id = ?::uuid)"
                      + " order by created_at, id")) {
            select.setObject(1, planId);
            select.setObject(2, territoryId);
            select.setObject(3, territoryId);
            select.setObject(4, reviewId);
            select.setObject(5, reviewId);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                notes.add(
                    new Feedback(
                        rows.getObject(1, UUID.class),
                        planId,
                        rows.getObject(2, UUID.class),
                        rows.getObject(3, UUID.class),
                        rows.getObject(4, UUID.class),
                        rows.getString(5),
                        rows.getString(6),
                        rows.getTimestamp(7).toInstant()));
              }
            }
          }
          return notes;
        });
  }

  private List<PlanReview> select(String where, List<Object> parameters) {
    return jdbc.run(
        connection -> {
          List<PlanReview> reviews = new ArrayList<>();
          try (PreparedStatement select =
              connection.prepareStatement("select " + COLUMNS + " from plan_review" + where)) {
            for (int i = 0; i < parameters.size(); i++) {
              select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                reviews.add(review(rows));
              }
            }
          }
          return reviews;
        });
  }

  private PlanReview review(ResultSet row) throws SQLException {
    String trigger = row.getString(4);
    return new PlanReview(
        row.getObject(1, UUID.class),
        row.getObject(2, UUID.class),
        ReviewKind.valueOf(row.getString(3)),
        trigger == null ? null : ReviewTrigger.valueOf(trigger),
        row.getString(5),
        row.getString(6),
        row.getObject(7, LocalDate.class),
        ReviewStatus.valueOf(row.getString(8)),
        instant(row.getTimestamp(9)),
        instant(row.getTimestamp(10)),
        row.getString(11),
        spreads.read(row.getString(12)));
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
