package com.territoryplanner.segmentation.repository;

import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The regions whose accounts must be assessed again, each with how far the work got (the last
 * account key done). Queuing a region again starts it over; replicas share the work, one region
 * each at a time ({@code SKIP LOCKED}).
 */
@ApplicationScoped
public class ReassessmentQueue {

  /** A region in the queue and the last account key assessed in it. */
  public record Pending(String region, String after) {}

  private final JdbcWork jdbc;

  ReassessmentQueue(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  public void enqueue(String region) {
    jdbc.run(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "insert into reassessment (region, after, queued_at) values (?, '', ?)"
                      + " on conflict (region) do update set after = '', queued_at = excluded.queued_at")) {
            insert.setString(1, region);
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            return insert.executeUpdate();
          }
        });
  }

  /** The oldest region no one else is working on, locked until the transaction ends. */
  public Optional<Pending> next() {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select region, after from reassessment order by queued_at"
                      + " limit 1 for update skip locked")) {
            try (ResultSet row = select.executeQuery()) {
              return row.next()
                  ? Optional.of(new Pending(row.getString(1), row.getString(2)))
                  : Optional.empty();
            }
          }
        });
  }

  /** Records progress; the region is done, and leaves the queue, when last is null. */
  public void advance(String region, String last) {
    jdbc.run(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  last == null
                      ? "delete from reassessment where region = ?"
                      : "update reassessment set after = ? where region = ?")) {
            if (last == null) {
              update.setString(1, region);
            } else {
              update.setString(1, last);
              update.setString(2, region);
            }
            return update.executeUpdate();
          }
        });
  }
}
