package com.territoryplanner.ingest.domain;

/**
 * When an import is better aborted than half done: more rejected rows than {@code maxRows} (checked
 * as rows are read, so a broken file stops early), or a larger share than {@code maxPercent} of all
 * rows (checked at the end). Either may be null.
 */
public record RejectThreshold(Long maxRows, Double maxPercent) {

  public static final RejectThreshold NONE = new RejectThreshold(null, null);

  boolean exceededWhileReading(long rejected) {
    return maxRows != null && rejected > maxRows;
  }

  boolean exceededAtEnd(long rows, long rejected) {
    return exceededWhileReading(rejected)
        || (maxPercent != null && rows > 0 && rejected * 100.0 / rows > maxPercent);
  }
}
