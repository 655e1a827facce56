package com.territoryplanner.ingest.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Counts, batch by batch, what an import's {@link AccountQuality} reports. */
public final class AccountQualityTally {

  /** The key fields whose completeness is reported, by their API name. */
  private static final Map<String, Function<AccountRecord, Object>> KEY_FIELDS =
      new LinkedHashMap<>();

  static {
    KEY_FIELDS.put("postalCode", AccountRecord::postalCode);
    KEY_FIELDS.put("country", AccountRecord::country);
    KEY_FIELDS.put("location", AccountRecord::latitude);
    KEY_FIELDS.put("naics", AccountRecord::naics);
    KEY_FIELDS.put("employees", AccountRecord::employees);
    KEY_FIELDS.put("annualRevenue", AccountRecord::annualRevenue);
    KEY_FIELDS.put("website", AccountRecord::website);
    KEY_FIELDS.put("ownerId", AccountRecord::ownerId);
  }

  private long accounts;
  private final Map<String, Long> present = new LinkedHashMap<>();
  private final Map<String, Long> linkedBy = new TreeMap<>();

  /** Counts accepted accounts, as placed by geocoding. */
  public void accepted(List<AccountRecord> batch) {
    accounts += batch.size();
    KEY_FIELDS.forEach(
        (field, value) ->
            present.merge(
                field, batch.stream().filter(a -> value.apply(a) != null).count(), Long::sum));
  }

  public void linked(List<AccountLink> links) {
    links.forEach(link -> linkedBy.merge(link.rule().name(), 1L, Long::sum));
  }

  public AccountQuality result() {
    return counts().quality();
  }

  /** What was counted, to be added to the counts of an import's other batches. */
  public Counts counts() {
    return new Counts(accounts, Map.copyOf(present), Map.copyOf(linkedBy));
  }

  /** The counts behind an {@link AccountQuality}; they add up across batches. */
  public record Counts(long accounts, Map<String, Long> present, Map<String, Long> linkedBy) {

    public static final Counts NONE = new Counts(0, Map.of(), Map.of());

    public Counts plus(Counts other) {
      return new Counts(
          accounts + other.accounts, sum(present, other.present), sum(linkedBy, other.linkedBy));
    }

    public AccountQuality quality() {
      Map<String, Double> completeness = new LinkedHashMap<>();
      KEY_FIELDS
          .keySet()
          .forEach(
              field ->
                  completeness.put(
                      field,
                      accounts == 0 ? 1.0 : present.getOrDefault(field, 0L) / (double) accounts));
      return new AccountQuality(
          completeness, accounts - present.getOrDefault("location", 0L), new TreeMap<>(linkedBy));
    }

    private static Map<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
      Map<String, Long> sum = new TreeMap<>(a);
      b.forEach((key, count) -> sum.merge(key, count, Long::sum));
      return sum;
    }
  }
}
