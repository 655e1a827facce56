package com.territoryplanner.ingest.domain;

/**
 * A record is not valid CSV. When the reader could resynchronise at the end of the record, reading
 * may go on; otherwise the rest of the input is unreadable. What came before stands either way.
 */
public class MalformedCsvException extends RuntimeException {

  private final boolean recoverable;

  public MalformedCsvException(long line, String reason, boolean recoverable) {
    super("line " + line + ": " + reason);
    this.recoverable = recoverable;
  }

  public boolean recoverable() {
    return recoverable;
  }
}
