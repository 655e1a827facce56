package com.territoryplanner.ingest.domain;

import java.util.List;

/** A golden account: its merged fields, and each source's record with the link's evidence. */
public record GoldenAccount(AccountRecord account, List<LinkedRecord> sources) {

  public String id() {
    return account.id();
  }
}
