package com.territoryplanner.ingest.domain;

/**
 * A record that refers to an account by the id its own source gave the account. It is stored so,
 * and published under the golden account's id.
 */
public interface AccountBound<T> {

  /** The account referred to, or null. */
  String accountId();

  /** The same record referring to another account id. */
  T ofAccount(String accountId);
}
