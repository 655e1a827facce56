package com.territoryplanner.balancing.repository;

import com.territoryplanner.balancing.domain.RepStatus;
import com.territoryplanner.balancing.domain.RepView;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "rep")
public class RepEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(nullable = false)
  public String name;

  public String email;

  @Column(name = "home_latitude", nullable = false)
  public double homeLatitude;

  @Column(name = "home_longitude", nullable = false)
  public double homeLongitude;

  @Column(nullable = false)
  public double capacity;

  /** What the rep specialises in ("enterprise", "healthcare"): specialist rules ask for these. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  public String[] skills = new String[0];

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public RepStatus status;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public RepView toView() {
    return new RepView(
        id,
        name,
        email,
        homeLatitude,
        homeLongitude,
        capacity,
        List.of(skills),
        status,
        createdAt,
        updatedAt);
  }
}
