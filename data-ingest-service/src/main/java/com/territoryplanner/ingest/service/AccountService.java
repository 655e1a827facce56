package com.territoryplanner.ingest.service;

import com.territoryplanner.ingest.domain.AccountRecord;
import com.territoryplanner.ingest.repository.AccountRepository;
import com.territoryplanner.platform.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AccountService {

  private final AccountRepository accounts;

  AccountService(AccountRepository accounts) {
    this.accounts = accounts;
  }

  public AccountRecord account(String id) {
    return accounts.find(id).orElseThrow(() -> ApiProblem.notFound("Account", id));
  }
}
