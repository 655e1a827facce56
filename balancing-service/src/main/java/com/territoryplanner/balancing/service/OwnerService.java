package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.domain.OwnerView;
import com.territoryplanner.balancing.repository.Assignments;
import com.territoryplanner.platform.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;

/** Who owns an account: its unit's territory in the active plan. */
@ApplicationScoped
public class OwnerService {

  private final Assignments assignments;

  OwnerService(Assignments assignments) {
    this.assignments = assignments;
  }

  public OwnerView owner(String accountId) {
    return assignments
        .activeOwner(accountId)
        .orElseThrow(() -> ApiProblem.notFound("Owner of account", accountId));
  }
}
