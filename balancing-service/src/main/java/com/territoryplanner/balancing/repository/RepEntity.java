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
import java.util.UUID;

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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public RepStatus status;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public RepView toView() {
    return new RepView(
        id, name, email, homeLatitude, homeLongitude, capacity, status, createdAt, updatedAt);
  }
}
