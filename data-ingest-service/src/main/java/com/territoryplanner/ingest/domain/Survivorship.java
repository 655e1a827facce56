package com.territoryplanner.ingest.domain;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Merges the records of one golden account: each field comes from the first record, in order of
 * trust, that has it. Trust is the configured order of sources, then the order in which records
 * were linked, so the record that founded the account leads. Fields that only make sense together
 * travel together: coordinates with where they came from (given ones before postal-code centroids),
 * and an amount with its currency.
 */
public final class Survivorship {

  private final List<String> sourcePriority;

  /**
   * @param sourcePriority sources in order of trust; sources not listed come after them
   */
  public Survivorship(List<String> sourcePriority) {
    this.sourcePriority = List.copyOf(sourcePriority);
  }

  /** The records in the order their fields survive. */
  public List<LinkedRecord> inOrderOfTrust(List<LinkedRecord> records) {
    return records.stream()
        .sorted(
            Comparator.comparingInt(this::rank)
                .thenComparing(LinkedRecord::linkedAt)
                .thenComparing(LinkedRecord::source)
                .thenComparing(linked -> linked.record().id()))
        .toList();
  }

  /** The golden account with this id merged from its (non-empty list of) records. */
  public AccountRecord merge(String goldenId, List<LinkedRecord> linked) {
    List<AccountRecord> records =
        inOrderOfTrust(linked).stream().map(LinkedRecord::record).toList();
    AccountRecord located =
        records.stream()
            .filter(r -> AccountRecord.GIVEN.equals(r.locationSource()))
            .findFirst()
            .or(() -> records.stream().filter(r -> r.latitude() != null).findFirst())
            .orElse(null);
    AccountRecord valued = first(records, r -> r.annualRevenue() == null ? null : r);
    return new AccountRecord(
        goldenId,
        first(records, AccountRecord::name),
        first(records, AccountRecord::postalCode),
        first(records, AccountRecord::country),
        located == null ? null : located.latitude(),
        located == null ? null : located.longitude(),
        first(records, AccountRecord::naics),
        first(records, AccountRecord::employees),
        valued == null ? null : valued.annualRevenue(),
        valued == null ? first(records, AccountRecord::currency) : valued.currency(),
        first(records, AccountRecord::industry),
        first(records, AccountRecord::sic),
        first(records, AccountRecord::website),
        first(records, AccountRecord::ownerId),
        first(records, AccountRecord::type),
        located == null ? null : located.locationSource(),
        null);
  }

  private int rank(LinkedRecord linked) {
    int index = sourcePriority.indexOf(linked.source());
    return index < 0 ? sourcePriority.size() : index;
  }

  private static <V> V first(List<AccountRecord> records, Function<AccountRecord, V> field) {
    for (AccountRecord record : records) {
      V value = field.apply(record);
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
