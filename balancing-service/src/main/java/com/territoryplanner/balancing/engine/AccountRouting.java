package com.territoryplanner.balancing.engine;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which accounts leave the geography to be planned one by one as named accounts: those a specialist
 * rule singles out (they need its skill) and those a planner named, to lock them to a rep.
 */
public record AccountRouting(List<SkillRule> specialists, Set<String> namedAccounts) {

  public static final AccountRouting NONE = new AccountRouting(List.of(), Set.of());

  public AccountRouting {
    specialists = List.copyOf(specialists);
    namedAccounts = Set.copyOf(namedAccounts);
  }

  public static AccountRouting specialists(List<SkillRule> rules) {
    return new AccountRouting(rules, Set.of());
  }

  /** The id of a named account's unit. */
  public static String namedUnitId(String accountId) {
    return "named:" + accountId;
  }

  boolean named(AccountInput account) {
    return namedAccounts.contains(account.id()) || requiredSkill(account).isPresent();
  }

  /** The skill of the first specialist rule that singles the account out. */
  Optional<String> requiredSkill(AccountInput account) {
    return specialists.stream().filter(r -> r.matches(account)).map(SkillRule::skill).findFirst();
  }
}
