package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.domain.OwnerView;
import com.territoryplanner.balancing.engine.ProblemBuilder;
import com.territoryplanner.balancing.repository.Assignments;
import com.territoryplanner.balancing.repository.OwnerCache;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Who owns an account: its unit's territory in the active plan. */
@ApplicationScoped
public class OwnerService {

  private final Assignments assignments;
  private final LiveAssignmentService liveAssignments;
  private final OwnerCache cache;

  OwnerService(Assignments assignments, LiveAssignmentService liveAssignments, OwnerCache cache) {
    this.assignments = assignments;
    this.liveAssignments = liveAssignments;
    this.cache = cache;
  }

  public OwnerView owner(String accountId) {
    return cache
        .owner("account:" + accountId, () -> assignments.activeOwner(accountId))
        .orElseThrow(() -> ApiProblem.notFound("Owner of account", accountId));
  }

  /**
   * Who owns a postal code or a location in the active plan: for a frontend placing a prospect or a
   * map click before any account exists there. Reads only, so no transaction.
   */
  public OwnerView ownerAt(String postalCode, Double latitude, Double longitude) {
    List<Violation> violations = new ArrayList<>();
    boolean located = latitude != null || longitude != null;
    if ((postalCode == null || postalCode.isBlank()) && !located) {
      violations.add(Violation.field("postalCode", "a postal code or a latitude and longitude"));
    }
    if (located) {
      if (latitude == null || !(latitude >= -90 && latitude <= 90)) {
        violations.add(Violation.field("latitude", "must be between -90 and 90"));
      }
      if (longitude == null || !(longitude >= -180 && longitude <= 180)) {
        violations.add(Violation.field("longitude", "must be between -180 and 180"));
      }
    }
    if (!violations.isEmpty()) {
      throw ApiProblem.invalid("The owner lookup is invalid", violations);
    }
    String code = postalCode == null || postalCode.isBlank() ? null : postalCode;
    // a postal code the plan knows answers in one query; the rules handle the rest
    Optional<OwnerView> known =
        code == null || located
            ? Optional.empty()
            : cache.owner(
                "unit:" + code,
                () -> assignments.activeOwnerOfUnit(ProblemBuilder.unitId(null, code)));
    return known
        .or(() -> liveAssignments.ownerAt(code, latitude, longitude))
        .orElseThrow(
            () ->
                ApiProblem.notFound(
                    "Owner in the active plan (no plan is active, or no unit is near) of",
                    code != null ? "postal code " + code : latitude + ", " + longitude));
  }
}
