package com.territoryplanner.balancing.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A rep to create or replace. {@code capacity} is a relative workload share (default 1.0); {@code
 * skills} name what the rep specialises in, for a plan's specialist rules.
 */
public record RepRequest(
    @NotBlank @Size(max = 200) String name,
    @Email @Size(max = 320) String email,
    @NotNull @DecimalMin("-90") @DecimalMax("90") Double homeLatitude,
    @NotNull @DecimalMin("-180") @DecimalMax("180") Double homeLongitude,
    @Positive Double capacity,
    @Size(max = 50) List<@NotBlank @Size(max = 100) String> skills,
    RepStatus status) {

  public double capacityOrDefault() {
    return capacity == null ? 1.0 : capacity;
  }

  public List<String> skillsOrNone() {
    return skills == null ? List.of() : skills;
  }

  public RepStatus statusOrDefault() {
    return status == null ? RepStatus.ACTIVE : status;
  }
}
