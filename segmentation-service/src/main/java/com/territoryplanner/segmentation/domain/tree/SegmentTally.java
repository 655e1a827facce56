package com.territoryplanner.segmentation.domain.tree;

import com.territoryplanner.segmentation.domain.FirmographicCount;
import com.territoryplanner.segmentation.domain.PotentialModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Adds up accounts and market cells per segment while a model is evaluated. */
public final class SegmentTally {

  private static final class Running {
    long accounts;
    long customers;
    final Map<String, BigDecimal> potential = new TreeMap<>();
    long companies;
    final Map<String, BigDecimal> addressableMarket = new TreeMap<>();
  }

  private final SegmentModel model;
  private final Map<String, Running> bySegment = new LinkedHashMap<>();
  private long accounts;
  private long companies;

  public SegmentTally(SegmentModel model) {
    this.model = model;
    model.segments().forEach(segment -> bySegment.put(segment, new Running()));
  }

  /** Counts an account in its segment, one of the model's; answers that segment. */
  public String account(SegmentedAccount account, boolean customer, String currency) {
    String segment = model.segmentOf(account);
    Running running = bySegment.get(segment);
    running.accounts++;
    accounts++;
    if (customer) {
      running.customers++;
    }
    if (account.potential() != null) {
      running.potential.merge(currency, account.potential(), BigDecimal::add);
    }
    return segment;
  }

  /** Counts a market cell's companies and addressable market in its average company's segment. */
  public void market(FirmographicCount cell, PotentialModel potential) {
    SegmentedAccount averageCompany = cell.asSegmented(potential);
    Running running = bySegment.get(model.segmentOf(averageCompany));
    running.companies += cell.companies();
    companies += cell.companies();
    running.addressableMarket.merge(
        cell.currency(), cell.addressableMarket(averageCompany), BigDecimal::add);
  }

  public SegmentEvaluation result(Instant evaluatedAt) {
    List<SegmentTotals> totals =
        bySegment.entrySet().stream()
            .map(
                entry ->
                    new SegmentTotals(
                        entry.getKey(),
                        entry.getValue().accounts,
                        entry.getValue().customers,
                        new TreeMap<>(entry.getValue().potential),
                        entry.getValue().companies,
                        new TreeMap<>(entry.getValue().addressableMarket)))
            .toList();
    return new SegmentEvaluation(
        model.name(), model.version(), evaluatedAt, accounts, companies, totals);
  }
}
