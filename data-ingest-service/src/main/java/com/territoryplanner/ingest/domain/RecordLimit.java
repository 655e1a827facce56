package com.territoryplanner.ingest.domain;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the characters a JSON parser reads for one element and stops it beyond a limit: the parser
 * reads a whole element into memory, so an element without end would otherwise take the heap.
 * Parsers read ahead in chunks, so the count is exact to a chunk.
 */
final class RecordLimit extends FilterReader {

  /** An element longer than the limit. */
  static final class RecordTooLongException extends IOException {
    RecordTooLongException(int maxChars) {
      super("a record is longer than " + describe(maxChars));
    }
  }

  private final int maxChars;
  private long read;

  RecordLimit(Reader in, int maxChars) {
    super(in);
    this.maxChars = maxChars;
  }

  /** Starts counting for the next element. */
  void nextElement() {
    read = 0;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    read += Math.max(n, 0);
    if (read > maxChars) {
      throw new RecordTooLongException(maxChars);
    }
    return n;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    return read(one, 0, 1) < 0 ? -1 : one[0];
  }

  static String describe(int maxChars) {
    return (maxChars >> 20) + " MiB characters";
  }
}
