package com.territoryplanner.segmentation.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A stored version of a segmentation model, with its last evaluation. */
@Entity
@Table(name = "segment_model")
public class SegmentModelEntity extends PanacheEntityBase {

  @Embeddable
  public record Key(String name, int version) implements Serializable {}

  @EmbeddedId public Key key;

  /** The definition as written, JSON. */
  @Column(nullable = false)
  public String definition;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(nullable = false)
  public boolean active;

  @Column(name = "activated_at")
  public Instant activatedAt;

  @Column(name = "evaluated_at")
  public Instant evaluatedAt;

  /** The last evaluation's totals, JSON. */
  public String evaluation;

  public static Optional<SegmentModelEntity> find(String name, int version) {
    return findByIdOptional(new Key(name, version));
  }

  /** The version, locked until the transaction ends: one evaluation of a version at a time. */
  public static Optional<SegmentModelEntity> lock(String name, int version) {
    return findByIdOptional(new Key(name, version), LockModeType.PESSIMISTIC_WRITE);
  }

  public static List<SegmentModelEntity> versions(String name) {
    return list("key.name = ?1 order by key.version", name);
  }

  public static int latestVersion(String name) {
    Integer latest =
        getEntityManager()
            .createQuery(
                "select max(m.key.version) from SegmentModelEntity m where m.key.name = ?1",
                Integer.class)
            .setParameter(1, name)
            .getSingleResult();
    return latest == null ? 0 : latest;
  }

  public static Optional<SegmentModelEntity> active() {
    return find("active", true).firstResultOptional();
  }
}
