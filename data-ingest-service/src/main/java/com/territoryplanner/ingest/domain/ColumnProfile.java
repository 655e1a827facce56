package com.territoryplanner.ingest.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the columns of an export are named: maps each source column (compared without case) to the
 * canonical column the mappings read. A column the profile does not know keeps its own name, so
 * generic names work under every profile and unknown columns are ignored. A custom mapping given
 * with the request overrides the profile.
 */
public final class ColumnProfile {

  public static final String GENERIC = "generic";
  public static final String SALESFORCE = "salesforce";
  public static final String HUBSPOT = "hubspot";

  private final Map<String, String> canonicalBySource;

  private ColumnProfile(Map<String, String> canonicalBySource) {
    this.canonicalBySource = canonicalBySource;
  }

  /**
   * The named profile for one kind of record, with custom entries of the form {@code
   * canonical:Source column} on top.
   *
   * @throws InvalidImportException for an unknown profile, a malformed entry or a canonical column
   *     the record does not have
   */
  public static ColumnProfile of(
      String name, ImportedEntity entity, List<String> customEntries, Set<String> canonical) {
    Map<String, String> aliases = new HashMap<>();
    switch (name == null ? GENERIC : name.toLowerCase(Locale.ROOT)) {
      case GENERIC -> {
        // canonical names only
      }
      case SALESFORCE -> addAll(aliases, entity.salesforceColumns());
      case HUBSPOT -> addAll(aliases, entity.hubspotColumns());
      default ->
          throw InvalidImportException.of(
              "profile", "is not a known profile: '" + name + "' (generic, salesforce or hubspot)");
    }
    for (String entry : customEntries) {
      int colon = entry.indexOf(':');
      String target = colon < 0 ? "" : key(entry.substring(0, colon));
      if (colon < 0 || colon == entry.length() - 1) {
        throw InvalidImportException.of(
            "map", "must read canonical:Source column, not '" + entry + "'");
      }
      if (!canonical.contains(target)) {
        throw InvalidImportException.of(
            "map",
            "names no "
                + entity.label()
                + " column: '"
                + target
                + "' (known: "
                + String.join(", ", canonical.stream().sorted().toList())
                + ")");
      }
      aliases.put(key(entry.substring(colon + 1)), target);
    }
    return new ColumnProfile(aliases);
  }

  /** The canonical name of a source column. */
  public String canonical(String sourceColumn) {
    String key = key(sourceColumn);
    return canonicalBySource.getOrDefault(key, key);
  }

  private static void addAll(Map<String, String> aliases, Map<String, String> columns) {
    columns.forEach((source, target) -> aliases.put(key(source), target));
  }

  private static String key(String column) {
    return column.trim().toLowerCase(Locale.ROOT);
  }
}
