package com.territoryplanner.ingest.service;

import com.territoryplanner.ingest.domain.AccountRecord;
import com.territoryplanner.ingest.repository.AccountEntity;
import com.territoryplanner.platform.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AccountService {

  public AccountRecord account(String id) {
    return AccountEntity.<AccountEntity>findByIdOptional(id)
        .map(AccountEntity::toRecord)
        .orElseThrow(() -> ApiProblem.notFound("Account", id));
  }
}
