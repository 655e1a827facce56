package com.territoryplanner.balancing.engine;

/**
 * Accounts that only a rep with {@code skill} may own: those of a size tier, of an industry (NAICS
 * code prefix), or both. Such accounts are planned one by one as named accounts, outside the
 * geography.
 */
public record SkillRule(String sizeTier, String naicsPrefix, String skill) {

  public SkillRule {
    if (sizeTier == null && naicsPrefix == null) {
      throw new IllegalArgumentException("a skill rule names a size tier, an industry or both");
    }
    if (skill == null || skill.isBlank()) {
      throw new IllegalArgumentException("a skill rule names the skill it needs");
    }
  }

  public boolean matches(AccountInput account) {
    return (sizeTier == null || sizeTier.equalsIgnoreCase(account.sizeTier()))
        && (naicsPrefix == null
            || (account.naics() != null && account.naics().trim().startsWith(naicsPrefix.trim())));
  }
}
